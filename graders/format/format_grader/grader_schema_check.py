"""Generated from format_grader.grader.SPEC_SCHEMA by `python -m grader_core.schema_check`; do not edit."""

VERSION = "2.21.2"
from decimal import Decimal
import re
from grader_core.errors import SchemaViolation as JsonSchemaValueException


REGEX_PATTERNS = {
    '^[A-Za-z0-9_\\-.]+$': re.compile('^[A-Za-z0-9_\\-.]+\\Z'),
    '^[A-Za-z][A-Za-z0-9_\\-]*$': re.compile('^[A-Za-z][A-Za-z0-9_\\-]*\\Z'),
    '^reference(\\.[^.]+)*$': re.compile('^reference(\\.[^.]+)*\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'format'}, 'checks': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'properties': {'check': {'enum': ['contains_all', 'contains_none', 'json', 'json_schema', 'length', 'reference', 'regex', 'tags']}}, 'required': ['check'], 'allOf': [{'if': {'properties': {'check': {'const': 'regex'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'pattern': {'type': 'string'}, 'must_match': {'type': 'boolean'}, 'fullmatch': {'type': 'boolean'}, 'multiline': {'type': 'boolean'}, 'dotall': {'type': 'boolean'}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'pattern'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'tags'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'sequence': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, 'exact': {'type': 'boolean'}}, 'required': ['check', 'sequence'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'json'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, 'required': ['check'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'json_schema'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'schema': {'type': ['object', 'boolean']}, 'schema_from': {'type': 'string', 'pattern': '^reference(\\.[^.]+)*$'}}, 'required': ['check'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'length'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'unit': {'enum': ['chars', 'words', 'lines']}, 'min': {'type': 'integer', 'minimum': 0}, 'max': {'type': 'integer', 'minimum': 0}}, 'required': ['check', 'unit'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'contains_all'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'phrases'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'contains_none'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'phrases'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'reference'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'mode': {'enum': ['equals', 'iequals', 'not_equals', 'contains', 'icontains']}, 'field': {'type': 'string'}, 'strip': {'type': 'boolean'}}, 'required': ['check', 'mode'], 'additionalProperties': False}}]}}}, 'required': ['type', 'checks'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type', 'checks']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'format'}, 'checks': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'properties': {'check': {'enum': ['contains_all', 'contains_none', 'json', 'json_schema', 'length', 'reference', 'regex', 'tags']}}, 'required': ['check'], 'allOf': [{'if': {'properties': {'check': {'const': 'regex'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'pattern': {'type': 'string'}, 'must_match': {'type': 'boolean'}, 'fullmatch': {'type': 'boolean'}, 'multiline': {'type': 'boolean'}, 'dotall': {'type': 'boolean'}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'pattern'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'tags'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'sequence': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, 'exact': {'type': 'boolean'}}, 'required': ['check', 'sequence'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'json'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, 'required': ['check'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'json_schema'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'schema': {'type': ['object', 'boolean']}, 'schema_from': {'type': 'string', 'pattern': '^reference(\\.[^.]+)*$'}}, 'required': ['check'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'length'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'unit': {'enum': ['chars', 'words', 'lines']}, 'min': {'type': 'integer', 'minimum': 0}, 'max': {'type': 'integer', 'minimum': 0}}, 'required': ['check', 'unit'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'contains_all'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'phrases'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'contains_none'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'phrases'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'reference'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'mode': {'enum': ['equals', 'iequals', 'not_equals', 'contains', 'icontains']}, 'field': {'type': 'string'}, 'strip': {'type': 'boolean'}}, 'required': ['check', 'mode'], 'additionalProperties': False}}]}}}, 'required': ['type', 'checks'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if data__type != "format":
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: format", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'format'}, rule='const')
        if "checks" in data_keys:
            data_keys.remove("checks")
            data__checks = data["checks"]
            if not isinstance(data__checks, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks must be array", value=data__checks, name="" + (name_prefix or "data") + ".checks", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'properties': {'check': {'enum': ['contains_all', 'contains_none', 'json', 'json_schema', 'length', 'reference', 'regex', 'tags']}}, 'required': ['check'], 'allOf': [{'if': {'properties': {'check': {'const': 'regex'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'pattern': {'type': 'string'}, 'must_match': {'type': 'boolean'}, 'fullmatch': {'type': 'boolean'}, 'multiline': {'type': 'boolean'}, 'dotall': {'type': 'boolean'}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'pattern'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'tags'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'sequence': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, 'exact': {'type': 'boolean'}}, 'required': ['check', 'sequence'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'json'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, 'required': ['check'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'json_schema'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'schema': {'type': ['object', 'boolean']}, 'schema_from': {'type': 'string', 'pattern': '^reference(\\.[^.]+)*$'}}, 'required': ['check'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'length'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'unit': {'enum': ['chars', 'words', 'lines']}, 'min': {'type': 'integer', 'minimum': 0}, 'max': {'type': 'integer', 'minimum': 0}}, 'required': ['check', 'unit'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'contains_all'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'phrases'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'contains_none'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'phrases'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'reference'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'mode': {'enum': ['equals', 'iequals', 'not_equals', 'contains', 'icontains']}, 'field': {'type': 'string'}, 'strip': {'type': 'boolean'}}, 'required': ['check', 'mode'], 'additionalProperties': False}}]}}, rule='type')
            data__checks_is_list = isinstance(data__checks, (list, tuple))
            if data__checks_is_list:
                data__checks_len = len(data__checks)
                if data__checks_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks must contain at least 1 items", value=data__checks, name="" + (name_prefix or "data") + ".checks", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'properties': {'check': {'enum': ['contains_all', 'contains_none', 'json', 'json_schema', 'length', 'reference', 'regex', 'tags']}}, 'required': ['check'], 'allOf': [{'if': {'properties': {'check': {'const': 'regex'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'pattern': {'type': 'string'}, 'must_match': {'type': 'boolean'}, 'fullmatch': {'type': 'boolean'}, 'multiline': {'type': 'boolean'}, 'dotall': {'type': 'boolean'}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'pattern'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'tags'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'sequence': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, 'exact': {'type': 'boolean'}}, 'required': ['check', 'sequence'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'json'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, 'required': ['check'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'json_schema'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'schema': {'type': ['object', 'boolean']}, 'schema_from': {'type': 'string', 'pattern': '^reference(\\.[^.]+)*$'}}, 'required': ['check'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'length'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'unit': {'enum': ['chars', 'words', 'lines']}, 'min': {'type': 'integer', 'minimum': 0}, 'max': {'type': 'integer', 'minimum': 0}}, 'required': ['check', 'unit'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'contains_all'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'phrases'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'contains_none'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'phrases'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'reference'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'mode': {'enum': ['equals', 'iequals', 'not_equals', 'contains', 'icontains']}, 'field': {'type': 'string'}, 'strip': {'type': 'boolean'}}, 'required': ['check', 'mode'], 'additionalProperties': False}}]}}, rule='minItems')
                for data__checks_x, data__checks_item in enumerate(data__checks):
                    if not isinstance(data__checks_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must be object", value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'check': {'enum': ['contains_all', 'contains_none', 'json', 'json_schema', 'length', 'reference', 'regex', 'tags']}}, 'required': ['check'], 'allOf': [{'if': {'properties': {'check': {'const': 'regex'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'pattern': {'type': 'string'}, 'must_match': {'type': 'boolean'}, 'fullmatch': {'type': 'boolean'}, 'multiline': {'type': 'boolean'}, 'dotall': {'type': 'boolean'}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'pattern'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'tags'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'sequence': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, 'exact': {'type': 'boolean'}}, 'required': ['check', 'sequence'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'json'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, 'required': ['check'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'json_schema'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'schema': {'type': ['object', 'boolean']}, 'schema_from': {'type': 'string', 'pattern': '^reference(\\.[^.]+)*$'}}, 'required': ['check'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'length'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'unit': {'enum': ['chars', 'words', 'lines']}, 'min': {'type': 'integer', 'minimum': 0}, 'max': {'type': 'integer', 'minimum': 0}}, 'required': ['check', 'unit'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'contains_all'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'phrases'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'contains_none'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'phrases'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'reference'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'mode': {'enum': ['equals', 'iequals', 'not_equals', 'contains', 'icontains']}, 'field': {'type': 'string'}, 'strip': {'type': 'boolean'}}, 'required': ['check', 'mode'], 'additionalProperties': False}}]}, rule='type')
                    try:
                        data__checks_item_is_dict = isinstance(data__checks_item, dict)
                        if data__checks_item_is_dict:
                            data__checks_item__missing_keys = set(['check']) - data__checks_item.keys()
                            if data__checks_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must contain " + (str(sorted(data__checks_item__missing_keys)) + " properties"), value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'const': 'regex'}}, 'required': ['check']}, rule='required')
                            data__checks_item_keys = set(data__checks_item.keys())
                            if "check" in data__checks_item_keys:
                                data__checks_item_keys.remove("check")
                                data__checks_item__check = data__checks_item["check"]
                                if data__checks_item__check != "regex":
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + " must be same as const definition: regex", value=data__checks_item__check, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + "", definition={'const': 'regex'}, rule='const')
                    except JsonSchemaValueException:
                        pass
                    else:
                        data__checks_item_is_dict = isinstance(data__checks_item, dict)
                        if data__checks_item_is_dict:
                            data__checks_item__missing_keys = set(['check', 'pattern']) - data__checks_item.keys()
                            if data__checks_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must contain " + (str(sorted(data__checks_item__missing_keys)) + " properties"), value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'pattern': {'type': 'string'}, 'must_match': {'type': 'boolean'}, 'fullmatch': {'type': 'boolean'}, 'multiline': {'type': 'boolean'}, 'dotall': {'type': 'boolean'}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'pattern'], 'additionalProperties': False}, rule='required')
                            data__checks_item_keys = set(data__checks_item.keys())
                            if "check" in data__checks_item_keys:
                                data__checks_item_keys.remove("check")
                                data__checks_item__check = data__checks_item["check"]
                                if not isinstance(data__checks_item__check, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + " must be string", value=data__checks_item__check, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                            if "name" in data__checks_item_keys:
                                data__checks_item_keys.remove("name")
                                data__checks_item__name = data__checks_item["name"]
                                if not isinstance(data__checks_item__name, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + " must be string", value=data__checks_item__name, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, rule='type')
                                if isinstance(data__checks_item__name, str):
                                    if not REGEX_PATTERNS['^[A-Za-z0-9_\\-.]+$'].search(data__checks_item__name):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + " must match pattern ^[A-Za-z0-9_\\-.]+$", value=data__checks_item__name, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, rule='pattern')
                            if "weight" in data__checks_item_keys:
                                data__checks_item_keys.remove("weight")
                                data__checks_item__weight = data__checks_item["weight"]
                                if not isinstance(data__checks_item__weight, (int, float, Decimal)) or isinstance(data__checks_item__weight, bool):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + " must be number", value=data__checks_item__weight, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='type')
                                if isinstance(data__checks_item__weight, (int, float, Decimal)):
                                    if data__checks_item__weight <= 0:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + " must be bigger than 0", value=data__checks_item__weight, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='exclusiveMinimum')
                            if "in_tag" in data__checks_item_keys:
                                data__checks_item_keys.remove("in_tag")
                                data__checks_item__intag = data__checks_item["in_tag"]
                                if not isinstance(data__checks_item__intag, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + " must be string", value=data__checks_item__intag, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='type')
                                if isinstance(data__checks_item__intag, str):
                                    if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_\\-]*$'].search(data__checks_item__intag):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + " must match pattern ^[A-Za-z][A-Za-z0-9_\\-]*$", value=data__checks_item__intag, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='pattern')
                            if "pattern" in data__checks_item_keys:
                                data__checks_item_keys.remove("pattern")
                                data__checks_item__pattern = data__checks_item["pattern"]
                                if not isinstance(data__checks_item__pattern, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].pattern".format(**locals()) + " must be string", value=data__checks_item__pattern, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].pattern".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                            if "must_match" in data__checks_item_keys:
                                data__checks_item_keys.remove("must_match")
                                data__checks_item__mustmatch = data__checks_item["must_match"]
                                if not isinstance(data__checks_item__mustmatch, (bool)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].must_match".format(**locals()) + " must be boolean", value=data__checks_item__mustmatch, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].must_match".format(**locals()) + "", definition={'type': 'boolean'}, rule='type')
                            if "fullmatch" in data__checks_item_keys:
                                data__checks_item_keys.remove("fullmatch")
                                data__checks_item__fullmatch = data__checks_item["fullmatch"]
                                if not isinstance(data__checks_item__fullmatch, (bool)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].fullmatch".format(**locals()) + " must be boolean", value=data__checks_item__fullmatch, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].fullmatch".format(**locals()) + "", definition={'type': 'boolean'}, rule='type')
                            if "multiline" in data__checks_item_keys:
                                data__checks_item_keys.remove("multiline")
                                data__checks_item__multiline = data__checks_item["multiline"]
                                if not isinstance(data__checks_item__multiline, (bool)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].multiline".format(**locals()) + " must be boolean", value=data__checks_item__multiline, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].multiline".format(**locals()) + "", definition={'type': 'boolean'}, rule='type')
                            if "dotall" in data__checks_item_keys:
                                data__checks_item_keys.remove("dotall")
                                data__checks_item__dotall = data__checks_item["dotall"]
                                if not isinstance(data__checks_item__dotall, (bool)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].dotall".format(**locals()) + " must be boolean", value=data__checks_item__dotall, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].dotall".format(**locals()) + "", definition={'type': 'boolean'}, rule='type')
                            if "ignore_case" in data__checks_item_keys:
                                data__checks_item_keys.remove("ignore_case")
                                data__checks_item__ignorecase = data__checks_item["ignore_case"]
                                if not isinstance(data__checks_item__ignorecase, (bool)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].ignore_case".format(**locals()) + " must be boolean", value=data__checks_item__ignorecase, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].ignore_case".format(**locals()) + "", definition={'type': 'boolean'}, rule='type')
                            if data__checks_item_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must not contain "+str(data__checks_item_keys)+" properties", value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'pattern': {'type': 'string'}, 'must_match': {'type': 'boolean'}, 'fullmatch': {'type': 'boolean'}, 'multiline': {'type': 'boolean'}, 'dotall': {'type': 'boolean'}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'pattern'], 'additionalProperties': False}, rule='additionalProperties')
                    try:
                        data__checks_item_is_dict = isinstance(data__checks_item, dict)
                        if data__checks_item_is_dict:
                            data__checks_item__missing_keys = set(['check']) - data__checks_item.keys()
                            if data__checks_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must contain " + (str(sorted(data__checks_item__missing_keys)) + " properties"), value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'const': 'tags'}}, 'required': ['check']}, rule='required')
                            data__checks_item_keys = set(data__checks_item.keys())
                            if "check" in data__checks_item_keys:
                                data__checks_item_keys.remove("check")
                                data__checks_item__check = data__checks_item["check"]
                                if data__checks_item__check != "tags":
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + " must be same as const definition: tags", value=data__checks_item__check, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + "", definition={'const': 'tags'}, rule='const')
                    except JsonSchemaValueException:
                        pass
                    else:
                        data__checks_item_is_dict = isinstance(data__checks_item, dict)
                        if data__checks_item_is_dict:
                            data__checks_item__missing_keys = set(['check', 'sequence']) - data__checks_item.keys()
                            if data__checks_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must contain " + (str(sorted(data__checks_item__missing_keys)) + " properties"), value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'sequence': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, 'exact': {'type': 'boolean'}}, 'required': ['check', 'sequence'], 'additionalProperties': False}, rule='required')
                            data__checks_item_keys = set(data__checks_item.keys())
                            if "check" in data__checks_item_keys:
                                data__checks_item_keys.remove("check")
                                data__checks_item__check = data__checks_item["check"]
                                if not isinstance(data__checks_item__check, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + " must be string", value=data__checks_item__check, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                            if "name" in data__checks_item_keys:
                                data__checks_item_keys.remove("name")
                                data__checks_item__name = data__checks_item["name"]
                                if not isinstance(data__checks_item__name, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + " must be string", value=data__checks_item__name, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, rule='type')
                                if isinstance(data__checks_item__name, str):
                                    if not REGEX_PATTERNS['^[A-Za-z0-9_\\-.]+$'].search(data__checks_item__name):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + " must match pattern ^[A-Za-z0-9_\\-.]+$", value=data__checks_item__name, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, rule='pattern')
                            if "weight" in data__checks_item_keys:
                                data__checks_item_keys.remove("weight")
                                data__checks_item__weight = data__checks_item["weight"]
                                if not isinstance(data__checks_item__weight, (int, float, Decimal)) or isinstance(data__checks_item__weight, bool):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + " must be number", value=data__checks_item__weight, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='type')
                                if isinstance(data__checks_item__weight, (int, float, Decimal)):
                                    if data__checks_item__weight <= 0:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + " must be bigger than 0", value=data__checks_item__weight, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='exclusiveMinimum')
                            if "in_tag" in data__checks_item_keys:
                                data__checks_item_keys.remove("in_tag")
                                data__checks_item__intag = data__checks_item["in_tag"]
                                if not isinstance(data__checks_item__intag, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + " must be string", value=data__checks_item__intag, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='type')
                                if isinstance(data__checks_item__intag, str):
                                    if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_\\-]*$'].search(data__checks_item__intag):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + " must match pattern ^[A-Za-z][A-Za-z0-9_\\-]*$", value=data__checks_item__intag, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='pattern')
                            if "sequence" in data__checks_item_keys:
                                data__checks_item_keys.remove("sequence")
                                data__checks_item__sequence = data__checks_item["sequence"]
                                if not isinstance(data__checks_item__sequence, (list, tuple)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].sequence".format(**locals()) + " must be array", value=data__checks_item__sequence, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].sequence".format(**locals()) + "", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, rule='type')
                                data__checks_item__sequence_is_list = isinstance(data__checks_item__sequence, (list, tuple))
                                if data__checks_item__sequence_is_list:
                                    data__checks_item__sequence_len = len(data__checks_item__sequence)
                                    if data__checks_item__sequence_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].sequence".format(**locals()) + " must contain at least 1 items", value=data__checks_item__sequence, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].sequence".format(**locals()) + "", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, rule='minItems')
                                    for data__checks_item__sequence_x, data__checks_item__sequence_item in enumerate(data__checks_item__sequence):
                                        if not isinstance(data__checks_item__sequence_item, (str)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].sequence[{data__checks_item__sequence_x}]".format(**locals()) + " must be string", value=data__checks_item__sequence_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].sequence[{data__checks_item__sequence_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='type')
                                        if isinstance(data__checks_item__sequence_item, str):
                                            if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_\\-]*$'].search(data__checks_item__sequence_item):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].sequence[{data__checks_item__sequence_x}]".format(**locals()) + " must match pattern ^[A-Za-z][A-Za-z0-9_\\-]*$", value=data__checks_item__sequence_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].sequence[{data__checks_item__sequence_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='pattern')
                            if "exact" in data__checks_item_keys:
                                data__checks_item_keys.remove("exact")
                                data__checks_item__exact = data__checks_item["exact"]
                                if not isinstance(data__checks_item__exact, (bool)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].exact".format(**locals()) + " must be boolean", value=data__checks_item__exact, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].exact".format(**locals()) + "", definition={'type': 'boolean'}, rule='type')
                            if data__checks_item_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must not contain "+str(data__checks_item_keys)+" properties", value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'sequence': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, 'exact': {'type': 'boolean'}}, 'required': ['check', 'sequence'], 'additionalProperties': False}, rule='additionalProperties')
                    try:
                        data__checks_item_is_dict = isinstance(data__checks_item, dict)
                        if data__checks_item_is_dict:
                            data__checks_item__missing_keys = set(['check']) - data__checks_item.keys()
                            if data__checks_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must contain " + (str(sorted(data__checks_item__missing_keys)) + " properties"), value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'const': 'json'}}, 'required': ['check']}, rule='required')
                            data__checks_item_keys = set(data__checks_item.keys())
                            if "check" in data__checks_item_keys:
                                data__checks_item_keys.remove("check")
                                data__checks_item__check = data__checks_item["check"]
                                if data__checks_item__check != "json":
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + " must be same as const definition: json", value=data__checks_item__check, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + "", definition={'const': 'json'}, rule='const')
                    except JsonSchemaValueException:
                        pass
                    else:
                        data__checks_item_is_dict = isinstance(data__checks_item, dict)
                        if data__checks_item_is_dict:
                            data__checks_item__missing_keys = set(['check']) - data__checks_item.keys()
                            if data__checks_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must contain " + (str(sorted(data__checks_item__missing_keys)) + " properties"), value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, 'required': ['check'], 'additionalProperties': False}, rule='required')
                            data__checks_item_keys = set(data__checks_item.keys())
                            if "check" in data__checks_item_keys:
                                data__checks_item_keys.remove("check")
                                data__checks_item__check = data__checks_item["check"]
                                if not isinstance(data__checks_item__check, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + " must be string", value=data__checks_item__check, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                            if "name" in data__checks_item_keys:
                                data__checks_item_keys.remove("name")
                                data__checks_item__name = data__checks_item["name"]
                                if not isinstance(data__checks_item__name, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + " must be string", value=data__checks_item__name, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, rule='type')
                                if isinstance(data__checks_item__name, str):
                                    if not REGEX_PATTERNS['^[A-Za-z0-9_\\-.]+$'].search(data__checks_item__name):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + " must match pattern ^[A-Za-z0-9_\\-.]+$", value=data__checks_item__name, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, rule='pattern')
                            if "weight" in data__checks_item_keys:
                                data__checks_item_keys.remove("weight")
                                data__checks_item__weight = data__checks_item["weight"]
                                if not isinstance(data__checks_item__weight, (int, float, Decimal)) or isinstance(data__checks_item__weight, bool):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + " must be number", value=data__checks_item__weight, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='type')
                                if isinstance(data__checks_item__weight, (int, float, Decimal)):
                                    if data__checks_item__weight <= 0:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + " must be bigger than 0", value=data__checks_item__weight, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='exclusiveMinimum')
                            if "in_tag" in data__checks_item_keys:
                                data__checks_item_keys.remove("in_tag")
                                data__checks_item__intag = data__checks_item["in_tag"]
                                if not isinstance(data__checks_item__intag, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + " must be string", value=data__checks_item__intag, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='type')
                                if isinstance(data__checks_item__intag, str):
                                    if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_\\-]*$'].search(data__checks_item__intag):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + " must match pattern ^[A-Za-z][A-Za-z0-9_\\-]*$", value=data__checks_item__intag, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='pattern')
                            if data__checks_item_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must not contain "+str(data__checks_item_keys)+" properties", value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, 'required': ['check'], 'additionalProperties': False}, rule='additionalProperties')
                    try:
                        data__checks_item_is_dict = isinstance(data__checks_item, dict)
                        if data__checks_item_is_dict:
                            data__checks_item__missing_keys = set(['check']) - data__checks_item.keys()
                            if data__checks_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must contain " + (str(sorted(data__checks_item__missing_keys)) + " properties"), value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'const': 'json_schema'}}, 'required': ['check']}, rule='required')
                            data__checks_item_keys = set(data__checks_item.keys())
                            if "check" in data__checks_item_keys:
                                data__checks_item_keys.remove("check")
                                data__checks_item__check = data__checks_item["check"]
                                if data__checks_item__check != "json_schema":
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + " must be same as const definition: json_schema", value=data__checks_item__check, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + "", definition={'const': 'json_schema'}, rule='const')
                    except JsonSchemaValueException:
                        pass
                    else:
                        data__checks_item_is_dict = isinstance(data__checks_item, dict)
                        if data__checks_item_is_dict:
                            data__checks_item__missing_keys = set(['check']) - data__checks_item.keys()
                            if data__checks_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must contain " + (str(sorted(data__checks_item__missing_keys)) + " properties"), value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'schema': {'type': ['object', 'boolean']}, 'schema_from': {'type': 'string', 'pattern': '^reference(\\.[^.]+)*$'}}, 'required': ['check'], 'additionalProperties': False}, rule='required')
                            data__checks_item_keys = set(data__checks_item.keys())
                            if "check" in data__checks_item_keys:
                                data__checks_item_keys.remove("check")
                                data__checks_item__check = data__checks_item["check"]
                                if not isinstance(data__checks_item__check, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + " must be string", value=data__checks_item__check, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                            if "name" in data__checks_item_keys:
                                data__checks_item_keys.remove("name")
                                data__checks_item__name = data__checks_item["name"]
                                if not isinstance(data__checks_item__name, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + " must be string", value=data__checks_item__name, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, rule='type')
                                if isinstance(data__checks_item__name, str):
                                    if not REGEX_PATTERNS['^[A-Za-z0-9_\\-.]+$'].search(data__checks_item__name):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + " must match pattern ^[A-Za-z0-9_\\-.]+$", value=data__checks_item__name, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, rule='pattern')
                            if "weight" in data__checks_item_keys:
                                data__checks_item_keys.remove("weight")
                                data__checks_item__weight = data__checks_item["weight"]
                                if not isinstance(data__checks_item__weight, (int, float, Decimal)) or isinstance(data__checks_item__weight, bool):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + " must be number", value=data__checks_item__weight, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='type')
                                if isinstance(data__checks_item__weight, (int, float, Decimal)):
                                    if data__checks_item__weight <= 0:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + " must be bigger than 0", value=data__checks_item__weight, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='exclusiveMinimum')
                            if "in_tag" in data__checks_item_keys:
                                data__checks_item_keys.remove("in_tag")
                                data__checks_item__intag = data__checks_item["in_tag"]
                                if not isinstance(data__checks_item__intag, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + " must be string", value=data__checks_item__intag, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='type')
                                if isinstance(data__checks_item__intag, str):
                                    if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_\\-]*$'].search(data__checks_item__intag):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + " must match pattern ^[A-Za-z][A-Za-z0-9_\\-]*$", value=data__checks_item__intag, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='pattern')
                            if "schema" in data__checks_item_keys:
                                data__checks_item_keys.remove("schema")
                                data__checks_item__schema = data__checks_item["schema"]
                                if not isinstance(data__checks_item__schema, (dict, bool)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].schema".format(**locals()) + " must be object or boolean", value=data__checks_item__schema, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].schema".format(**locals()) + "", definition={'type': ['object', 'boolean']}, rule='type')
                            if "schema_from" in data__checks_item_keys:
                                data__checks_item_keys.remove("schema_from")
                                data__checks_item__schemafrom = data__checks_item["schema_from"]
                                if not isinstance(data__checks_item__schemafrom, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].schema_from".format(**locals()) + " must be string", value=data__checks_item__schemafrom, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].schema_from".format(**locals()) + "", definition={'type': 'string', 'pattern': '^reference(\\.[^.]+)*$'}, rule='type')
                                if isinstance(data__checks_item__schemafrom, str):
                                    if not REGEX_PATTERNS['^reference(\\.[^.]+)*$'].search(data__checks_item__schemafrom):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].schema_from".format(**locals()) + " must match pattern ^reference(\\.[^.]+)*$", value=data__checks_item__schemafrom, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].schema_from".format(**locals()) + "", definition={'type': 'string', 'pattern': '^reference(\\.[^.]+)*$'}, rule='pattern')
                            if data__checks_item_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must not contain "+str(data__checks_item_keys)+" properties", value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'schema': {'type': ['object', 'boolean']}, 'schema_from': {'type': 'string', 'pattern': '^reference(\\.[^.]+)*$'}}, 'required': ['check'], 'additionalProperties': False}, rule='additionalProperties')
                    try:
                        data__checks_item_is_dict = isinstance(data__checks_item, dict)
                        if data__checks_item_is_dict:
                            data__checks_item__missing_keys = set(['check']) - data__checks_item.keys()
                            if data__checks_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must contain " + (str(sorted(data__checks_item__missing_keys)) + " properties"), value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'const': 'length'}}, 'required': ['check']}, rule='required')
                            data__checks_item_keys = set(data__checks_item.keys())
                            if "check" in data__checks_item_keys:
                                data__checks_item_keys.remove("check")
                                data__checks_item__check = data__checks_item["check"]
                                if data__checks_item__check != "length":
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + " must be same as const definition: length", value=data__checks_item__check, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + "", definition={'const': 'length'}, rule='const')
                    except JsonSchemaValueException:
                        pass
                    else:
                        data__checks_item_is_dict = isinstance(data__checks_item, dict)
                        if data__checks_item_is_dict:
                            data__checks_item__missing_keys = set(['check', 'unit']) - data__checks_item.keys()
                            if data__checks_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must contain " + (str(sorted(data__checks_item__missing_keys)) + " properties"), value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'unit': {'enum': ['chars', 'words', 'lines']}, 'min': {'type': 'integer', 'minimum': 0}, 'max': {'type': 'integer', 'minimum': 0}}, 'required': ['check', 'unit'], 'additionalProperties': False}, rule='required')
                            data__checks_item_keys = set(data__checks_item.keys())
                            if "check" in data__checks_item_keys:
                                data__checks_item_keys.remove("check")
                                data__checks_item__check = data__checks_item["check"]
                                if not isinstance(data__checks_item__check, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + " must be string", value=data__checks_item__check, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                            if "name" in data__checks_item_keys:
                                data__checks_item_keys.remove("name")
                                data__checks_item__name = data__checks_item["name"]
                                if not isinstance(data__checks_item__name, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + " must be string", value=data__checks_item__name, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, rule='type')
                                if isinstance(data__checks_item__name, str):
                                    if not REGEX_PATTERNS['^[A-Za-z0-9_\\-.]+$'].search(data__checks_item__name):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + " must match pattern ^[A-Za-z0-9_\\-.]+$", value=data__checks_item__name, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, rule='pattern')
                            if "weight" in data__checks_item_keys:
                                data__checks_item_keys.remove("weight")
                                data__checks_item__weight = data__checks_item["weight"]
                                if not isinstance(data__checks_item__weight, (int, float, Decimal)) or isinstance(data__checks_item__weight, bool):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + " must be number", value=data__checks_item__weight, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='type')
                                if isinstance(data__checks_item__weight, (int, float, Decimal)):
                                    if data__checks_item__weight <= 0:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + " must be bigger than 0", value=data__checks_item__weight, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='exclusiveMinimum')
                            if "in_tag" in data__checks_item_keys:
                                data__checks_item_keys.remove("in_tag")
                                data__checks_item__intag = data__checks_item["in_tag"]
                                if not isinstance(data__checks_item__intag, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + " must be string", value=data__checks_item__intag, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='type')
                                if isinstance(data__checks_item__intag, str):
                                    if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_\\-]*$'].search(data__checks_item__intag):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + " must match pattern ^[A-Za-z][A-Za-z0-9_\\-]*$", value=data__checks_item__intag, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='pattern')
                            if "unit" in data__checks_item_keys:
                                data__checks_item_keys.remove("unit")
                                data__checks_item__unit = data__checks_item["unit"]
                                if data__checks_item__unit not in ['chars', 'words', 'lines']:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].unit".format(**locals()) + " must be one of ['chars', 'words', 'lines']", value=data__checks_item__unit, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].unit".format(**locals()) + "", definition={'enum': ['chars', 'words', 'lines']}, rule='enum')
                            if "min" in data__checks_item_keys:
                                data__checks_item_keys.remove("min")
                                data__checks_item__min = data__checks_item["min"]
                                if not isinstance(data__checks_item__min, (int)) and not (isinstance(data__checks_item__min, float) and data__checks_item__min.is_integer()) or isinstance(data__checks_item__min, bool):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].min".format(**locals()) + " must be integer", value=data__checks_item__min, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].min".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0}, rule='type')
                                if isinstance(data__checks_item__min, (int, float, Decimal)):
                                    if data__checks_item__min < 0:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].min".format(**locals()) + " must be bigger than or equal to 0", value=data__checks_item__min, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].min".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                            if "max" in data__checks_item_keys:
                                data__checks_item_keys.remove("max")
                                data__checks_item__max = data__checks_item["max"]
                                if not isinstance(data__checks_item__max, (int)) and not (isinstance(data__checks_item__max, float) and data__checks_item__max.is_integer()) or isinstance(data__checks_item__max, bool):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].max".format(**locals()) + " must be integer", value=data__checks_item__max, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].max".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0}, rule='type')
                                if isinstance(data__checks_item__max, (int, float, Decimal)):
                                    if data__checks_item__max < 0:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].max".format(**locals()) + " must be bigger than or equal to 0", value=data__checks_item__max, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].max".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                            if data__checks_item_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must not contain "+str(data__checks_item_keys)+" properties", value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'unit': {'enum': ['chars', 'words', 'lines']}, 'min': {'type': 'integer', 'minimum': 0}, 'max': {'type': 'integer', 'minimum': 0}}, 'required': ['check', 'unit'], 'additionalProperties': False}, rule='additionalProperties')
                    try:
                        data__checks_item_is_dict = isinstance(data__checks_item, dict)
                        if data__checks_item_is_dict:
                            data__checks_item__missing_keys = set(['check']) - data__checks_item.keys()
                            if data__checks_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must contain " + (str(sorted(data__checks_item__missing_keys)) + " properties"), value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'const': 'contains_all'}}, 'required': ['check']}, rule='required')
                            data__checks_item_keys = set(data__checks_item.keys())
                            if "check" in data__checks_item_keys:
                                data__checks_item_keys.remove("check")
                                data__checks_item__check = data__checks_item["check"]
                                if data__checks_item__check != "contains_all":
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + " must be same as const definition: contains_all", value=data__checks_item__check, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + "", definition={'const': 'contains_all'}, rule='const')
                    except JsonSchemaValueException:
                        pass
                    else:
                        data__checks_item_is_dict = isinstance(data__checks_item, dict)
                        if data__checks_item_is_dict:
                            data__checks_item__missing_keys = set(['check', 'phrases']) - data__checks_item.keys()
                            if data__checks_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must contain " + (str(sorted(data__checks_item__missing_keys)) + " properties"), value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'phrases'], 'additionalProperties': False}, rule='required')
                            data__checks_item_keys = set(data__checks_item.keys())
                            if "check" in data__checks_item_keys:
                                data__checks_item_keys.remove("check")
                                data__checks_item__check = data__checks_item["check"]
                                if not isinstance(data__checks_item__check, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + " must be string", value=data__checks_item__check, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                            if "name" in data__checks_item_keys:
                                data__checks_item_keys.remove("name")
                                data__checks_item__name = data__checks_item["name"]
                                if not isinstance(data__checks_item__name, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + " must be string", value=data__checks_item__name, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, rule='type')
                                if isinstance(data__checks_item__name, str):
                                    if not REGEX_PATTERNS['^[A-Za-z0-9_\\-.]+$'].search(data__checks_item__name):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + " must match pattern ^[A-Za-z0-9_\\-.]+$", value=data__checks_item__name, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, rule='pattern')
                            if "weight" in data__checks_item_keys:
                                data__checks_item_keys.remove("weight")
                                data__checks_item__weight = data__checks_item["weight"]
                                if not isinstance(data__checks_item__weight, (int, float, Decimal)) or isinstance(data__checks_item__weight, bool):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + " must be number", value=data__checks_item__weight, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='type')
                                if isinstance(data__checks_item__weight, (int, float, Decimal)):
                                    if data__checks_item__weight <= 0:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + " must be bigger than 0", value=data__checks_item__weight, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='exclusiveMinimum')
                            if "in_tag" in data__checks_item_keys:
                                data__checks_item_keys.remove("in_tag")
                                data__checks_item__intag = data__checks_item["in_tag"]
                                if not isinstance(data__checks_item__intag, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + " must be string", value=data__checks_item__intag, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='type')
                                if isinstance(data__checks_item__intag, str):
                                    if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_\\-]*$'].search(data__checks_item__intag):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + " must match pattern ^[A-Za-z][A-Za-z0-9_\\-]*$", value=data__checks_item__intag, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='pattern')
                            if "phrases" in data__checks_item_keys:
                                data__checks_item_keys.remove("phrases")
                                data__checks_item__phrases = data__checks_item["phrases"]
                                if not isinstance(data__checks_item__phrases, (list, tuple)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].phrases".format(**locals()) + " must be array", value=data__checks_item__phrases, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].phrases".format(**locals()) + "", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, rule='type')
                                data__checks_item__phrases_is_list = isinstance(data__checks_item__phrases, (list, tuple))
                                if data__checks_item__phrases_is_list:
                                    data__checks_item__phrases_len = len(data__checks_item__phrases)
                                    if data__checks_item__phrases_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].phrases".format(**locals()) + " must contain at least 1 items", value=data__checks_item__phrases, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].phrases".format(**locals()) + "", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, rule='minItems')
                                    for data__checks_item__phrases_x, data__checks_item__phrases_item in enumerate(data__checks_item__phrases):
                                        if not isinstance(data__checks_item__phrases_item, (str)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].phrases[{data__checks_item__phrases_x}]".format(**locals()) + " must be string", value=data__checks_item__phrases_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].phrases[{data__checks_item__phrases_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                                        if isinstance(data__checks_item__phrases_item, str):
                                            data__checks_item__phrases_item_len = len(data__checks_item__phrases_item)
                                            if data__checks_item__phrases_item_len < 1:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].phrases[{data__checks_item__phrases_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__checks_item__phrases_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].phrases[{data__checks_item__phrases_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                            if "ignore_case" in data__checks_item_keys:
                                data__checks_item_keys.remove("ignore_case")
                                data__checks_item__ignorecase = data__checks_item["ignore_case"]
                                if not isinstance(data__checks_item__ignorecase, (bool)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].ignore_case".format(**locals()) + " must be boolean", value=data__checks_item__ignorecase, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].ignore_case".format(**locals()) + "", definition={'type': 'boolean'}, rule='type')
                            if data__checks_item_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must not contain "+str(data__checks_item_keys)+" properties", value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'phrases'], 'additionalProperties': False}, rule='additionalProperties')
                    try:
                        data__checks_item_is_dict = isinstance(data__checks_item, dict)
                        if data__checks_item_is_dict:
                            data__checks_item__missing_keys = set(['check']) - data__checks_item.keys()
                            if data__checks_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must contain " + (str(sorted(data__checks_item__missing_keys)) + " properties"), value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'const': 'contains_none'}}, 'required': ['check']}, rule='required')
                            data__checks_item_keys = set(data__checks_item.keys())
                            if "check" in data__checks_item_keys:
                                data__checks_item_keys.remove("check")
                                data__checks_item__check = data__checks_item["check"]
                                if data__checks_item__check != "contains_none":
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + " must be same as const definition: contains_none", value=data__checks_item__check, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + "", definition={'const': 'contains_none'}, rule='const')
                    except JsonSchemaValueException:
                        pass
                    else:
                        data__checks_item_is_dict = isinstance(data__checks_item, dict)
                        if data__checks_item_is_dict:
                            data__checks_item__missing_keys = set(['check', 'phrases']) - data__checks_item.keys()
                            if data__checks_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must contain " + (str(sorted(data__checks_item__missing_keys)) + " properties"), value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'phrases'], 'additionalProperties': False}, rule='required')
                            data__checks_item_keys = set(data__checks_item.keys())
                            if "check" in data__checks_item_keys:
                                data__checks_item_keys.remove("check")
                                data__checks_item__check = data__checks_item["check"]
                                if not isinstance(data__checks_item__check, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + " must be string", value=data__checks_item__check, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                            if "name" in data__checks_item_keys:
                                data__checks_item_keys.remove("name")
                                data__checks_item__name = data__checks_item["name"]
                                if not isinstance(data__checks_item__name, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + " must be string", value=data__checks_item__name, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, rule='type')
                                if isinstance(data__checks_item__name, str):
                                    if not REGEX_PATTERNS['^[A-Za-z0-9_\\-.]+$'].search(data__checks_item__name):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + " must match pattern ^[A-Za-z0-9_\\-.]+$", value=data__checks_item__name, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, rule='pattern')
                            if "weight" in data__checks_item_keys:
                                data__checks_item_keys.remove("weight")
                                data__checks_item__weight = data__checks_item["weight"]
                                if not isinstance(data__checks_item__weight, (int, float, Decimal)) or isinstance(data__checks_item__weight, bool):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + " must be number", value=data__checks_item__weight, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='type')
                                if isinstance(data__checks_item__weight, (int, float, Decimal)):
                                    if data__checks_item__weight <= 0:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + " must be bigger than 0", value=data__checks_item__weight, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='exclusiveMinimum')
                            if "in_tag" in data__checks_item_keys:
                                data__checks_item_keys.remove("in_tag")
                                data__checks_item__intag = data__checks_item["in_tag"]
                                if not isinstance(data__checks_item__intag, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + " must be string", value=data__checks_item__intag, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='type')
                                if isinstance(data__checks_item__intag, str):
                                    if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_\\-]*$'].search(data__checks_item__intag):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + " must match pattern ^[A-Za-z][A-Za-z0-9_\\-]*$", value=data__checks_item__intag, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='pattern')
                            if "phrases" in data__checks_item_keys:
                                data__checks_item_keys.remove("phrases")
                                data__checks_item__phrases = data__checks_item["phrases"]
                                if not isinstance(data__checks_item__phrases, (list, tuple)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].phrases".format(**locals()) + " must be array", value=data__checks_item__phrases, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].phrases".format(**locals()) + "", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, rule='type')
                                data__checks_item__phrases_is_list = isinstance(data__checks_item__phrases, (list, tuple))
                                if data__checks_item__phrases_is_list:
                                    data__checks_item__phrases_len = len(data__checks_item__phrases)
                                    if data__checks_item__phrases_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].phrases".format(**locals()) + " must contain at least 1 items", value=data__checks_item__phrases, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].phrases".format(**locals()) + "", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, rule='minItems')
                                    for data__checks_item__phrases_x, data__checks_item__phrases_item in enumerate(data__checks_item__phrases):
                                        if not isinstance(data__checks_item__phrases_item, (str)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].phrases[{data__checks_item__phrases_x}]".format(**locals()) + " must be string", value=data__checks_item__phrases_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].phrases[{data__checks_item__phrases_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                                        if isinstance(data__checks_item__phrases_item, str):
                                            data__checks_item__phrases_item_len = len(data__checks_item__phrases_item)
                                            if data__checks_item__phrases_item_len < 1:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].phrases[{data__checks_item__phrases_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__checks_item__phrases_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].phrases[{data__checks_item__phrases_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                            if "ignore_case" in data__checks_item_keys:
                                data__checks_item_keys.remove("ignore_case")
                                data__checks_item__ignorecase = data__checks_item["ignore_case"]
                                if not isinstance(data__checks_item__ignorecase, (bool)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].ignore_case".format(**locals()) + " must be boolean", value=data__checks_item__ignorecase, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].ignore_case".format(**locals()) + "", definition={'type': 'boolean'}, rule='type')
                            if data__checks_item_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must not contain "+str(data__checks_item_keys)+" properties", value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'phrases'], 'additionalProperties': False}, rule='additionalProperties')
                    try:
                        data__checks_item_is_dict = isinstance(data__checks_item, dict)
                        if data__checks_item_is_dict:
                            data__checks_item__missing_keys = set(['check']) - data__checks_item.keys()
                            if data__checks_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must contain " + (str(sorted(data__checks_item__missing_keys)) + " properties"), value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'const': 'reference'}}, 'required': ['check']}, rule='required')
                            data__checks_item_keys = set(data__checks_item.keys())
                            if "check" in data__checks_item_keys:
                                data__checks_item_keys.remove("check")
                                data__checks_item__check = data__checks_item["check"]
                                if data__checks_item__check != "reference":
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + " must be same as const definition: reference", value=data__checks_item__check, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + "", definition={'const': 'reference'}, rule='const')
                    except JsonSchemaValueException:
                        pass
                    else:
                        data__checks_item_is_dict = isinstance(data__checks_item, dict)
                        if data__checks_item_is_dict:
                            data__checks_item__missing_keys = set(['check', 'mode']) - data__checks_item.keys()
                            if data__checks_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must contain " + (str(sorted(data__checks_item__missing_keys)) + " properties"), value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'mode': {'enum': ['equals', 'iequals', 'not_equals', 'contains', 'icontains']}, 'field': {'type': 'string'}, 'strip': {'type': 'boolean'}}, 'required': ['check', 'mode'], 'additionalProperties': False}, rule='required')
                            data__checks_item_keys = set(data__checks_item.keys())
                            if "check" in data__checks_item_keys:
                                data__checks_item_keys.remove("check")
                                data__checks_item__check = data__checks_item["check"]
                                if not isinstance(data__checks_item__check, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + " must be string", value=data__checks_item__check, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                            if "name" in data__checks_item_keys:
                                data__checks_item_keys.remove("name")
                                data__checks_item__name = data__checks_item["name"]
                                if not isinstance(data__checks_item__name, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + " must be string", value=data__checks_item__name, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, rule='type')
                                if isinstance(data__checks_item__name, str):
                                    if not REGEX_PATTERNS['^[A-Za-z0-9_\\-.]+$'].search(data__checks_item__name):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + " must match pattern ^[A-Za-z0-9_\\-.]+$", value=data__checks_item__name, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, rule='pattern')
                            if "weight" in data__checks_item_keys:
                                data__checks_item_keys.remove("weight")
                                data__checks_item__weight = data__checks_item["weight"]
                                if not isinstance(data__checks_item__weight, (int, float, Decimal)) or isinstance(data__checks_item__weight, bool):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + " must be number", value=data__checks_item__weight, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='type')
                                if isinstance(data__checks_item__weight, (int, float, Decimal)):
                                    if data__checks_item__weight <= 0:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + " must be bigger than 0", value=data__checks_item__weight, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='exclusiveMinimum')
                            if "in_tag" in data__checks_item_keys:
                                data__checks_item_keys.remove("in_tag")
                                data__checks_item__intag = data__checks_item["in_tag"]
                                if not isinstance(data__checks_item__intag, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + " must be string", value=data__checks_item__intag, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='type')
                                if isinstance(data__checks_item__intag, str):
                                    if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_\\-]*$'].search(data__checks_item__intag):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + " must match pattern ^[A-Za-z][A-Za-z0-9_\\-]*$", value=data__checks_item__intag, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].in_tag".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='pattern')
                            if "mode" in data__checks_item_keys:
                                data__checks_item_keys.remove("mode")
                                data__checks_item__mode = data__checks_item["mode"]
                                if data__checks_item__mode not in ['equals', 'iequals', 'not_equals', 'contains', 'icontains']:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].mode".format(**locals()) + " must be one of ['equals', 'iequals', 'not_equals', 'contains', 'icontains']", value=data__checks_item__mode, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].mode".format(**locals()) + "", definition={'enum': ['equals', 'iequals', 'not_equals', 'contains', 'icontains']}, rule='enum')
                            if "field" in data__checks_item_keys:
                                data__checks_item_keys.remove("field")
                                data__checks_item__field = data__checks_item["field"]
                                if not isinstance(data__checks_item__field, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].field".format(**locals()) + " must be string", value=data__checks_item__field, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].field".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                            if "strip" in data__checks_item_keys:
                                data__checks_item_keys.remove("strip")
                                data__checks_item__strip = data__checks_item["strip"]
                                if not isinstance(data__checks_item__strip, (bool)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].strip".format(**locals()) + " must be boolean", value=data__checks_item__strip, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].strip".format(**locals()) + "", definition={'type': 'boolean'}, rule='type')
                            if data__checks_item_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must not contain "+str(data__checks_item_keys)+" properties", value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'mode': {'enum': ['equals', 'iequals', 'not_equals', 'contains', 'icontains']}, 'field': {'type': 'string'}, 'strip': {'type': 'boolean'}}, 'required': ['check', 'mode'], 'additionalProperties': False}, rule='additionalProperties')
                    data__checks_item_is_dict = isinstance(data__checks_item, dict)
                    if data__checks_item_is_dict:
                        data__checks_item__missing_keys = set(['check']) - data__checks_item.keys()
                        if data__checks_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + " must contain " + (str(sorted(data__checks_item__missing_keys)) + " properties"), value=data__checks_item, name="" + (name_prefix or "data") + ".checks[{data__checks_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'check': {'enum': ['contains_all', 'contains_none', 'json', 'json_schema', 'length', 'reference', 'regex', 'tags']}}, 'required': ['check'], 'allOf': [{'if': {'properties': {'check': {'const': 'regex'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'pattern': {'type': 'string'}, 'must_match': {'type': 'boolean'}, 'fullmatch': {'type': 'boolean'}, 'multiline': {'type': 'boolean'}, 'dotall': {'type': 'boolean'}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'pattern'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'tags'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'sequence': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, 'exact': {'type': 'boolean'}}, 'required': ['check', 'sequence'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'json'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, 'required': ['check'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'json_schema'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'schema': {'type': ['object', 'boolean']}, 'schema_from': {'type': 'string', 'pattern': '^reference(\\.[^.]+)*$'}}, 'required': ['check'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'length'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'unit': {'enum': ['chars', 'words', 'lines']}, 'min': {'type': 'integer', 'minimum': 0}, 'max': {'type': 'integer', 'minimum': 0}}, 'required': ['check', 'unit'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'contains_all'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'phrases'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'contains_none'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'phrases'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'reference'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'mode': {'enum': ['equals', 'iequals', 'not_equals', 'contains', 'icontains']}, 'field': {'type': 'string'}, 'strip': {'type': 'boolean'}}, 'required': ['check', 'mode'], 'additionalProperties': False}}]}, rule='required')
                        data__checks_item_keys = set(data__checks_item.keys())
                        if "check" in data__checks_item_keys:
                            data__checks_item_keys.remove("check")
                            data__checks_item__check = data__checks_item["check"]
                            if data__checks_item__check not in ['contains_all', 'contains_none', 'json', 'json_schema', 'length', 'reference', 'regex', 'tags']:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + " must be one of ['contains_all', 'contains_none', 'json', 'json_schema', 'length', 'reference', 'regex', 'tags']", value=data__checks_item__check, name="" + (name_prefix or "data") + ".checks[{data__checks_x}].check".format(**locals()) + "", definition={'enum': ['contains_all', 'contains_none', 'json', 'json_schema', 'length', 'reference', 'regex', 'tags']}, rule='enum')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'format'}, 'checks': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'properties': {'check': {'enum': ['contains_all', 'contains_none', 'json', 'json_schema', 'length', 'reference', 'regex', 'tags']}}, 'required': ['check'], 'allOf': [{'if': {'properties': {'check': {'const': 'regex'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'pattern': {'type': 'string'}, 'must_match': {'type': 'boolean'}, 'fullmatch': {'type': 'boolean'}, 'multiline': {'type': 'boolean'}, 'dotall': {'type': 'boolean'}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'pattern'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'tags'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'sequence': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, 'exact': {'type': 'boolean'}}, 'required': ['check', 'sequence'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'json'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}}, 'required': ['check'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'json_schema'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'schema': {'type': ['object', 'boolean']}, 'schema_from': {'type': 'string', 'pattern': '^reference(\\.[^.]+)*$'}}, 'required': ['check'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'length'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'unit': {'enum': ['chars', 'words', 'lines']}, 'min': {'type': 'integer', 'minimum': 0}, 'max': {'type': 'integer', 'minimum': 0}}, 'required': ['check', 'unit'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'contains_all'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'phrases'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'contains_none'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'ignore_case': {'type': 'boolean'}}, 'required': ['check', 'phrases'], 'additionalProperties': False}}, {'if': {'properties': {'check': {'const': 'reference'}}, 'required': ['check']}, 'then': {'properties': {'check': {'type': 'string'}, 'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-.]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'mode': {'enum': ['equals', 'iequals', 'not_equals', 'contains', 'icontains']}, 'field': {'type': 'string'}, 'strip': {'type': 'boolean'}}, 'required': ['check', 'mode'], 'additionalProperties': False}}]}}}, 'required': ['type', 'checks'], 'additionalProperties': False}, rule='additionalProperties')
    return data

SCHEMA = {'type': 'object',
 'properties': {'type': {'const': 'format'},
                'checks': {'type': 'array',
                           'minItems': 1,
                           'items': {'type': 'object',
                                     'properties': {'check': {'enum': ['contains_all',
                                                                       'contains_none',
                                                                       'json',
                                                                       'json_schema',
                                                                       'length',
                                                                       'reference',
                                                                       'regex',
                                                                       'tags']}},
                                     'required': ['check'],
                                     'allOf': [{'if': {'properties': {'check': {'const': 'regex'}},
                                                       'required': ['check']},
                                                'then': {'properties': {'check': {'type': 'string'},
                                                                        'name': {'type': 'string',
                                                                                 'pattern': '^[A-Za-z0-9_\\-.]+$'},
                                                                        'weight': {'type': 'number',
                                                                                   'exclusiveMinimum': 0},
                                                                        'in_tag': {'type': 'string',
                                                                                   'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'},
                                                                        'pattern': {'type': 'string'},
                                                                        'must_match': {'type': 'boolean'},
                                                                        'fullmatch': {'type': 'boolean'},
                                                                        'multiline': {'type': 'boolean'},
                                                                        'dotall': {'type': 'boolean'},
                                                                        'ignore_case': {'type': 'boolean'}},
                                                         'required': ['check', 'pattern'],
                                                         'additionalProperties': False}},
                                               {'if': {'properties': {'check': {'const': 'tags'}},
                                                       'required': ['check']},
                                                'then': {'properties': {'check': {'type': 'string'},
                                                                        'name': {'type': 'string',
                                                                                 'pattern': '^[A-Za-z0-9_\\-.]+$'},
                                                                        'weight': {'type': 'number',
                                                                                   'exclusiveMinimum': 0},
                                                                        'in_tag': {'type': 'string',
                                                                                   'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'},
                                                                        'sequence': {'type': 'array',
                                                                                     'minItems': 1,
                                                                                     'items': {'type': 'string',
                                                                                               'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}},
                                                                        'exact': {'type': 'boolean'}},
                                                         'required': ['check', 'sequence'],
                                                         'additionalProperties': False}},
                                               {'if': {'properties': {'check': {'const': 'json'}},
                                                       'required': ['check']},
                                                'then': {'properties': {'check': {'type': 'string'},
                                                                        'name': {'type': 'string',
                                                                                 'pattern': '^[A-Za-z0-9_\\-.]+$'},
                                                                        'weight': {'type': 'number',
                                                                                   'exclusiveMinimum': 0},
                                                                        'in_tag': {'type': 'string',
                                                                                   'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}},
                                                         'required': ['check'],
                                                         'additionalProperties': False}},
                                               {'if': {'properties': {'check': {'const': 'json_schema'}},
                                                       'required': ['check']},
                                                'then': {'properties': {'check': {'type': 'string'},
                                                                        'name': {'type': 'string',
                                                                                 'pattern': '^[A-Za-z0-9_\\-.]+$'},
                                                                        'weight': {'type': 'number',
                                                                                   'exclusiveMinimum': 0},
                                                                        'in_tag': {'type': 'string',
                                                                                   'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'},
                                                                        'schema': {'type': ['object',
                                                                                            'boolean']},
                                                                        'schema_from': {'type': 'string',
                                                                                        'pattern': '^reference(\\.[^.]+)*$'}},
                                                         'required': ['check'],
                                                         'additionalProperties': False}},
                                               {'if': {'properties': {'check': {'const': 'length'}},
                                                       'required': ['check']},
                                                'then': {'properties': {'check': {'type': 'string'},
                                                                        'name': {'type': 'string',
                                                                                 'pattern': '^[A-Za-z0-9_\\-.]+$'},
                                                                        'weight': {'type': 'number',
                                                                                   'exclusiveMinimum': 0},
                                                                        'in_tag': {'type': 'string',
                                                                                   'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'},
                                                                        'unit': {'enum': ['chars',
                                                                                          'words',
                                                                                          'lines']},
                                                                        'min': {'type': 'integer',
                                                                                'minimum': 0},
                                                                        'max': {'type': 'integer',
                                                                                'minimum': 0}},
                                                         'required': ['check', 'unit'],
                                                         'additionalProperties': False}},
                                               {'if': {'properties': {'check': {'const': 'contains_all'}},
                                                       'required': ['check']},
                                                'then': {'properties': {'check': {'type': 'string'},
                                                                        'name': {'type': 'string',
                                                                                 'pattern': '^[A-Za-z0-9_\\-.]+$'},
                                                                        'weight': {'type': 'number',
                                                                                   'exclusiveMinimum': 0},
                                                                        'in_tag': {'type': 'string',
                                                                                   'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'},
                                                                        'phrases': {'type': 'array',
                                                                                    'items': {'type': 'string',
                                                                                              'minLength': 1},
                                                                                    'minItems': 1},
                                                                        'ignore_case': {'type': 'boolean'}},
                                                         'required': ['check', 'phrases'],
                                                         'additionalProperties': False}},
                                               {'if': {'properties': {'check': {'const': 'contains_none'}},
                                                       'required': ['check']},
                                                'then': {'properties': {'check': {'type': 'string'},
                                                                        'name': {'type': 'string',
                                                                                 'pattern': '^[A-Za-z0-9_\\-.]+$'},
                                                                        'weight': {'type': 'number',
                                                                                   'exclusiveMinimum': 0},
                                                                        'in_tag': {'type': 'string',
                                                                                   'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'},
                                                                        'phrases': {'type': 'array',
                                                                                    'items': {'type': 'string',
                                                                                              'minLength': 1},
                                                                                    'minItems': 1},
                                                                        'ignore_case': {'type': 'boolean'}},
                                                         'required': ['check', 'phrases'],
                                                         'additionalProperties': False}},
                                               {'if': {'properties': {'check': {'const': 'reference'}},
                                                       'required': ['check']},
                                                'then': {'properties': {'check': {'type': 'string'},
                                                                        'name': {'type': 'string',
                                                                                 'pattern': '^[A-Za-z0-9_\\-.]+$'},
                                                                        'weight': {'type': 'number',
                                                                                   'exclusiveMinimum': 0},
                                                                        'in_tag': {'type': 'string',
                                                                                   'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'},
                                                                        'mode': {'enum': ['equals',
                                                                                          'iequals',
                                                                                          'not_equals',
                                                                                          'contains',
                                                                                          'icontains']},
                                                                        'field': {'type': 'string'},
                                                                        'strip': {'type': 'boolean'}},
                                                         'required': ['check', 'mode'],
                                                         'additionalProperties': False}}]}}},
 'required': ['type', 'checks'],
 'additionalProperties': False}
