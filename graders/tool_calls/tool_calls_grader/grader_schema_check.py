"""Generated from tool_calls_grader.grader.SPEC_SCHEMA by `python -m grader_core.schema_check`; do not edit."""

VERSION = "2.21.2"
from grader_core.errors import SchemaViolation as JsonSchemaValueException


NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'tool_calls'}, 'order': {'enum': ['any', 'strict']}, 'coerce': {'type': 'boolean'}, 'sources': {'type': 'array', 'items': {'enum': ['native', 'text']}, 'minItems': 1, 'uniqueItems': True}}, 'required': ['type'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'tool_calls'}, 'order': {'enum': ['any', 'strict']}, 'coerce': {'type': 'boolean'}, 'sources': {'type': 'array', 'items': {'enum': ['native', 'text']}, 'minItems': 1, 'uniqueItems': True}}, 'required': ['type'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if data__type != "tool_calls":
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: tool_calls", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'tool_calls'}, rule='const')
        if "order" in data_keys:
            data_keys.remove("order")
            data__order = data["order"]
            if data__order not in ['any', 'strict']:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".order must be one of ['any', 'strict']", value=data__order, name="" + (name_prefix or "data") + ".order", definition={'enum': ['any', 'strict']}, rule='enum')
        if "coerce" in data_keys:
            data_keys.remove("coerce")
            data__coerce = data["coerce"]
            if not isinstance(data__coerce, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".coerce must be boolean", value=data__coerce, name="" + (name_prefix or "data") + ".coerce", definition={'type': 'boolean'}, rule='type')
        if "sources" in data_keys:
            data_keys.remove("sources")
            data__sources = data["sources"]
            if not isinstance(data__sources, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sources must be array", value=data__sources, name="" + (name_prefix or "data") + ".sources", definition={'type': 'array', 'items': {'enum': ['native', 'text']}, 'minItems': 1, 'uniqueItems': True}, rule='type')
            data__sources_is_list = isinstance(data__sources, (list, tuple))
            if data__sources_is_list:
                data__sources_len = len(data__sources)
                if data__sources_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sources must contain at least 1 items", value=data__sources, name="" + (name_prefix or "data") + ".sources", definition={'type': 'array', 'items': {'enum': ['native', 'text']}, 'minItems': 1, 'uniqueItems': True}, rule='minItems')
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else str(var) if isinstance(var, bool) else var
                if data__sources_len > len(set(fn(data__sources_x) for data__sources_x in data__sources)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sources must contain unique items", value=data__sources, name="" + (name_prefix or "data") + ".sources", definition={'type': 'array', 'items': {'enum': ['native', 'text']}, 'minItems': 1, 'uniqueItems': True}, rule='uniqueItems')
                for data__sources_x, data__sources_item in enumerate(data__sources):
                    if data__sources_item not in ['native', 'text']:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sources[{data__sources_x}]".format(**locals()) + " must be one of ['native', 'text']", value=data__sources_item, name="" + (name_prefix or "data") + ".sources[{data__sources_x}]".format(**locals()) + "", definition={'enum': ['native', 'text']}, rule='enum')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'tool_calls'}, 'order': {'enum': ['any', 'strict']}, 'coerce': {'type': 'boolean'}, 'sources': {'type': 'array', 'items': {'enum': ['native', 'text']}, 'minItems': 1, 'uniqueItems': True}}, 'required': ['type'], 'additionalProperties': False}, rule='additionalProperties')
    return data

SCHEMA = {'type': 'object',
 'properties': {'type': {'const': 'tool_calls'},
                'order': {'enum': ['any', 'strict']},
                'coerce': {'type': 'boolean'},
                'sources': {'type': 'array',
                            'items': {'enum': ['native', 'text']},
                            'minItems': 1,
                            'uniqueItems': True}},
 'required': ['type'],
 'additionalProperties': False}
