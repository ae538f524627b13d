"""Generated from math_grader.grader.SPEC_SCHEMA by `python -m grader_core.schema_check`; do not edit."""

VERSION = "2.21.2"
from decimal import Decimal
import re
from grader_core.errors import SchemaViolation as JsonSchemaValueException


REGEX_PATTERNS = {
    '^[A-Za-z][A-Za-z0-9_\\-]*$': re.compile('^[A-Za-z][A-Za-z0-9_\\-]*\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'math'}, 'answer_format': {'enum': ['boxed', 'answer_tag', 'final_answer', 'answer_line', 'gsm8k', 'bare']}, 'strict': {'type': 'boolean'}, 'fallback_formats': {'type': 'array', 'items': {'enum': ['boxed', 'answer_tag', 'final_answer', 'answer_line', 'gsm8k', 'bare']}, 'uniqueItems': True}, 'answer_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'format_weight': {'type': 'number', 'minimum': 0, 'maximum': 1}, 'rel_tol': {'type': 'number', 'minimum': 0, 'maximum': 0.1}, 'reference_field': {'type': 'string', 'minLength': 1}, 'max_answer_chars': {'type': 'integer', 'minimum': 16, 'maximum': 100000}}, 'required': ['type'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'math'}, 'answer_format': {'enum': ['boxed', 'answer_tag', 'final_answer', 'answer_line', 'gsm8k', 'bare']}, 'strict': {'type': 'boolean'}, 'fallback_formats': {'type': 'array', 'items': {'enum': ['boxed', 'answer_tag', 'final_answer', 'answer_line', 'gsm8k', 'bare']}, 'uniqueItems': True}, 'answer_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'format_weight': {'type': 'number', 'minimum': 0, 'maximum': 1}, 'rel_tol': {'type': 'number', 'minimum': 0, 'maximum': 0.1}, 'reference_field': {'type': 'string', 'minLength': 1}, 'max_answer_chars': {'type': 'integer', 'minimum': 16, 'maximum': 100000}}, 'required': ['type'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if data__type != "math":
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: math", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'math'}, rule='const')
        if "answer_format" in data_keys:
            data_keys.remove("answer_format")
            data__answerformat = data["answer_format"]
            if data__answerformat not in ['boxed', 'answer_tag', 'final_answer', 'answer_line', 'gsm8k', 'bare']:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".answer_format must be one of ['boxed', 'answer_tag', 'final_answer', 'answer_line', 'gsm8k', 'bare']", value=data__answerformat, name="" + (name_prefix or "data") + ".answer_format", definition={'enum': ['boxed', 'answer_tag', 'final_answer', 'answer_line', 'gsm8k', 'bare']}, rule='enum')
        if "strict" in data_keys:
            data_keys.remove("strict")
            data__strict = data["strict"]
            if not isinstance(data__strict, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".strict must be boolean", value=data__strict, name="" + (name_prefix or "data") + ".strict", definition={'type': 'boolean'}, rule='type')
        if "fallback_formats" in data_keys:
            data_keys.remove("fallback_formats")
            data__fallbackformats = data["fallback_formats"]
            if not isinstance(data__fallbackformats, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".fallback_formats must be array", value=data__fallbackformats, name="" + (name_prefix or "data") + ".fallback_formats", definition={'type': 'array', 'items': {'enum': ['boxed', 'answer_tag', 'final_answer', 'answer_line', 'gsm8k', 'bare']}, 'uniqueItems': True}, rule='type')
            data__fallbackformats_is_list = isinstance(data__fallbackformats, (list, tuple))
            if data__fallbackformats_is_list:
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else str(var) if isinstance(var, bool) else var
                data__fallbackformats_len = len(data__fallbackformats)
                if data__fallbackformats_len > len(set(fn(data__fallbackformats_x) for data__fallbackformats_x in data__fallbackformats)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".fallback_formats must contain unique items", value=data__fallbackformats, name="" + (name_prefix or "data") + ".fallback_formats", definition={'type': 'array', 'items': {'enum': ['boxed', 'answer_tag', 'final_answer', 'answer_line', 'gsm8k', 'bare']}, 'uniqueItems': True}, rule='uniqueItems')
                for data__fallbackformats_x, data__fallbackformats_item in enumerate(data__fallbackformats):
                    if data__fallbackformats_item not in ['boxed', 'answer_tag', 'final_answer', 'answer_line', 'gsm8k', 'bare']:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".fallback_formats[{data__fallbackformats_x}]".format(**locals()) + " must be one of ['boxed', 'answer_tag', 'final_answer', 'answer_line', 'gsm8k', 'bare']", value=data__fallbackformats_item, name="" + (name_prefix or "data") + ".fallback_formats[{data__fallbackformats_x}]".format(**locals()) + "", definition={'enum': ['boxed', 'answer_tag', 'final_answer', 'answer_line', 'gsm8k', 'bare']}, rule='enum')
        if "answer_tag" in data_keys:
            data_keys.remove("answer_tag")
            data__answertag = data["answer_tag"]
            if not isinstance(data__answertag, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".answer_tag must be string", value=data__answertag, name="" + (name_prefix or "data") + ".answer_tag", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='type')
            if isinstance(data__answertag, str):
                if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_\\-]*$'].search(data__answertag):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".answer_tag must match pattern ^[A-Za-z][A-Za-z0-9_\\-]*$", value=data__answertag, name="" + (name_prefix or "data") + ".answer_tag", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='pattern')
        if "format_weight" in data_keys:
            data_keys.remove("format_weight")
            data__formatweight = data["format_weight"]
            if not isinstance(data__formatweight, (int, float, Decimal)) or isinstance(data__formatweight, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".format_weight must be number", value=data__formatweight, name="" + (name_prefix or "data") + ".format_weight", definition={'type': 'number', 'minimum': 0, 'maximum': 1}, rule='type')
            if isinstance(data__formatweight, (int, float, Decimal)):
                if data__formatweight < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".format_weight must be bigger than or equal to 0", value=data__formatweight, name="" + (name_prefix or "data") + ".format_weight", definition={'type': 'number', 'minimum': 0, 'maximum': 1}, rule='minimum')
                if data__formatweight > 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".format_weight must be smaller than or equal to 1", value=data__formatweight, name="" + (name_prefix or "data") + ".format_weight", definition={'type': 'number', 'minimum': 0, 'maximum': 1}, rule='maximum')
        if "rel_tol" in data_keys:
            data_keys.remove("rel_tol")
            data__reltol = data["rel_tol"]
            if not isinstance(data__reltol, (int, float, Decimal)) or isinstance(data__reltol, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rel_tol must be number", value=data__reltol, name="" + (name_prefix or "data") + ".rel_tol", definition={'type': 'number', 'minimum': 0, 'maximum': 0.1}, rule='type')
            if isinstance(data__reltol, (int, float, Decimal)):
                if data__reltol < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".rel_tol must be bigger than or equal to 0", value=data__reltol, name="" + (name_prefix or "data") + ".rel_tol", definition={'type': 'number', 'minimum': 0, 'maximum': 0.1}, rule='minimum')
                if data__reltol > 0.1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".rel_tol must be smaller than or equal to 0.1", value=data__reltol, name="" + (name_prefix or "data") + ".rel_tol", definition={'type': 'number', 'minimum': 0, 'maximum': 0.1}, rule='maximum')
        if "reference_field" in data_keys:
            data_keys.remove("reference_field")
            data__referencefield = data["reference_field"]
            if not isinstance(data__referencefield, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reference_field must be string", value=data__referencefield, name="" + (name_prefix or "data") + ".reference_field", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__referencefield, str):
                data__referencefield_len = len(data__referencefield)
                if data__referencefield_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reference_field must be longer than or equal to 1 characters", value=data__referencefield, name="" + (name_prefix or "data") + ".reference_field", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "max_answer_chars" in data_keys:
            data_keys.remove("max_answer_chars")
            data__maxanswerchars = data["max_answer_chars"]
            if not isinstance(data__maxanswerchars, (int)) and not (isinstance(data__maxanswerchars, float) and data__maxanswerchars.is_integer()) or isinstance(data__maxanswerchars, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_answer_chars must be integer", value=data__maxanswerchars, name="" + (name_prefix or "data") + ".max_answer_chars", definition={'type': 'integer', 'minimum': 16, 'maximum': 100000}, rule='type')
            if isinstance(data__maxanswerchars, (int, float, Decimal)):
                if data__maxanswerchars < 16:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_answer_chars must be bigger than or equal to 16", value=data__maxanswerchars, name="" + (name_prefix or "data") + ".max_answer_chars", definition={'type': 'integer', 'minimum': 16, 'maximum': 100000}, rule='minimum')
                if data__maxanswerchars > 100000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_answer_chars must be smaller than or equal to 100000", value=data__maxanswerchars, name="" + (name_prefix or "data") + ".max_answer_chars", definition={'type': 'integer', 'minimum': 16, 'maximum': 100000}, rule='maximum')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'math'}, 'answer_format': {'enum': ['boxed', 'answer_tag', 'final_answer', 'answer_line', 'gsm8k', 'bare']}, 'strict': {'type': 'boolean'}, 'fallback_formats': {'type': 'array', 'items': {'enum': ['boxed', 'answer_tag', 'final_answer', 'answer_line', 'gsm8k', 'bare']}, 'uniqueItems': True}, 'answer_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'format_weight': {'type': 'number', 'minimum': 0, 'maximum': 1}, 'rel_tol': {'type': 'number', 'minimum': 0, 'maximum': 0.1}, 'reference_field': {'type': 'string', 'minLength': 1}, 'max_answer_chars': {'type': 'integer', 'minimum': 16, 'maximum': 100000}}, 'required': ['type'], 'additionalProperties': False}, rule='additionalProperties')
    return data

SCHEMA = {'type': 'object',
 'properties': {'type': {'const': 'math'},
                'answer_format': {'enum': ['boxed',
                                           'answer_tag',
                                           'final_answer',
                                           'answer_line',
                                           'gsm8k',
                                           'bare']},
                'strict': {'type': 'boolean'},
                'fallback_formats': {'type': 'array',
                                     'items': {'enum': ['boxed',
                                                        'answer_tag',
                                                        'final_answer',
                                                        'answer_line',
                                                        'gsm8k',
                                                        'bare']},
                                     'uniqueItems': True},
                'answer_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'},
                'format_weight': {'type': 'number', 'minimum': 0, 'maximum': 1},
                'rel_tol': {'type': 'number', 'minimum': 0, 'maximum': 0.1},
                'reference_field': {'type': 'string', 'minLength': 1},
                'max_answer_chars': {'type': 'integer', 'minimum': 16, 'maximum': 100000}},
 'required': ['type'],
 'additionalProperties': False}
