"""Generated from grader_core.compose.SPEC_SCHEMA by `python -m grader_core.schema_check`; do not edit."""

VERSION = "2.21.2"
from decimal import Decimal
import re
from grader_core.errors import SchemaViolation as JsonSchemaValueException


REGEX_PATTERNS = {
    '^[A-Za-z0-9_\\-]+$': re.compile('^[A-Za-z0-9_\\-]+\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'weighted'}, 'parts': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'properties': {'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'grader': {'type': ['object', 'string']}, 'gate': {'type': 'object', 'properties': {'part': {'type': 'string'}, 'min': {'type': 'number'}}, 'required': ['part'], 'additionalProperties': False}}, 'required': ['name', 'grader'], 'additionalProperties': False}}}, 'required': ['type', 'parts'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type', 'parts']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'weighted'}, 'parts': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'properties': {'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'grader': {'type': ['object', 'string']}, 'gate': {'type': 'object', 'properties': {'part': {'type': 'string'}, 'min': {'type': 'number'}}, 'required': ['part'], 'additionalProperties': False}}, 'required': ['name', 'grader'], 'additionalProperties': False}}}, 'required': ['type', 'parts'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if data__type != "weighted":
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: weighted", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'weighted'}, rule='const')
        if "parts" in data_keys:
            data_keys.remove("parts")
            data__parts = data["parts"]
            if not isinstance(data__parts, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts must be array", value=data__parts, name="" + (name_prefix or "data") + ".parts", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'properties': {'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'grader': {'type': ['object', 'string']}, 'gate': {'type': 'object', 'properties': {'part': {'type': 'string'}, 'min': {'type': 'number'}}, 'required': ['part'], 'additionalProperties': False}}, 'required': ['name', 'grader'], 'additionalProperties': False}}, rule='type')
            data__parts_is_list = isinstance(data__parts, (list, tuple))
            if data__parts_is_list:
                data__parts_len = len(data__parts)
                if data__parts_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts must contain at least 1 items", value=data__parts, name="" + (name_prefix or "data") + ".parts", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'properties': {'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'grader': {'type': ['object', 'string']}, 'gate': {'type': 'object', 'properties': {'part': {'type': 'string'}, 'min': {'type': 'number'}}, 'required': ['part'], 'additionalProperties': False}}, 'required': ['name', 'grader'], 'additionalProperties': False}}, rule='minItems')
                for data__parts_x, data__parts_item in enumerate(data__parts):
                    if not isinstance(data__parts_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts[{data__parts_x}]".format(**locals()) + " must be object", value=data__parts_item, name="" + (name_prefix or "data") + ".parts[{data__parts_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'grader': {'type': ['object', 'string']}, 'gate': {'type': 'object', 'properties': {'part': {'type': 'string'}, 'min': {'type': 'number'}}, 'required': ['part'], 'additionalProperties': False}}, 'required': ['name', 'grader'], 'additionalProperties': False}, rule='type')
                    data__parts_item_is_dict = isinstance(data__parts_item, dict)
                    if data__parts_item_is_dict:
                        data__parts_item__missing_keys = set(['name', 'grader']) - data__parts_item.keys()
                        if data__parts_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts[{data__parts_x}]".format(**locals()) + " must contain " + (str(sorted(data__parts_item__missing_keys)) + " properties"), value=data__parts_item, name="" + (name_prefix or "data") + ".parts[{data__parts_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'grader': {'type': ['object', 'string']}, 'gate': {'type': 'object', 'properties': {'part': {'type': 'string'}, 'min': {'type': 'number'}}, 'required': ['part'], 'additionalProperties': False}}, 'required': ['name', 'grader'], 'additionalProperties': False}, rule='required')
                        data__parts_item_keys = set(data__parts_item.keys())
                        if "name" in data__parts_item_keys:
                            data__parts_item_keys.remove("name")
                            data__parts_item__name = data__parts_item["name"]
                            if not isinstance(data__parts_item__name, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts[{data__parts_x}].name".format(**locals()) + " must be string", value=data__parts_item__name, name="" + (name_prefix or "data") + ".parts[{data__parts_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9_\\-]+$'}, rule='type')
                            if isinstance(data__parts_item__name, str):
                                if not REGEX_PATTERNS['^[A-Za-z0-9_\\-]+$'].search(data__parts_item__name):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts[{data__parts_x}].name".format(**locals()) + " must match pattern ^[A-Za-z0-9_\\-]+$", value=data__parts_item__name, name="" + (name_prefix or "data") + ".parts[{data__parts_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9_\\-]+$'}, rule='pattern')
                        if "weight" in data__parts_item_keys:
                            data__parts_item_keys.remove("weight")
                            data__parts_item__weight = data__parts_item["weight"]
                            if not isinstance(data__parts_item__weight, (int, float, Decimal)) or isinstance(data__parts_item__weight, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts[{data__parts_x}].weight".format(**locals()) + " must be number", value=data__parts_item__weight, name="" + (name_prefix or "data") + ".parts[{data__parts_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='type')
                            if isinstance(data__parts_item__weight, (int, float, Decimal)):
                                if data__parts_item__weight <= 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts[{data__parts_x}].weight".format(**locals()) + " must be bigger than 0", value=data__parts_item__weight, name="" + (name_prefix or "data") + ".parts[{data__parts_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='exclusiveMinimum')
                        if "grader" in data__parts_item_keys:
                            data__parts_item_keys.remove("grader")
                            data__parts_item__grader = data__parts_item["grader"]
                            if not isinstance(data__parts_item__grader, (dict, str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts[{data__parts_x}].grader".format(**locals()) + " must be object or string", value=data__parts_item__grader, name="" + (name_prefix or "data") + ".parts[{data__parts_x}].grader".format(**locals()) + "", definition={'type': ['object', 'string']}, rule='type')
                        if "gate" in data__parts_item_keys:
                            data__parts_item_keys.remove("gate")
                            data__parts_item__gate = data__parts_item["gate"]
                            if not isinstance(data__parts_item__gate, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts[{data__parts_x}].gate".format(**locals()) + " must be object", value=data__parts_item__gate, name="" + (name_prefix or "data") + ".parts[{data__parts_x}].gate".format(**locals()) + "", definition={'type': 'object', 'properties': {'part': {'type': 'string'}, 'min': {'type': 'number'}}, 'required': ['part'], 'additionalProperties': False}, rule='type')
                            data__parts_item__gate_is_dict = isinstance(data__parts_item__gate, dict)
                            if data__parts_item__gate_is_dict:
                                data__parts_item__gate__missing_keys = set(['part']) - data__parts_item__gate.keys()
                                if data__parts_item__gate__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts[{data__parts_x}].gate".format(**locals()) + " must contain " + (str(sorted(data__parts_item__gate__missing_keys)) + " properties"), value=data__parts_item__gate, name="" + (name_prefix or "data") + ".parts[{data__parts_x}].gate".format(**locals()) + "", definition={'type': 'object', 'properties': {'part': {'type': 'string'}, 'min': {'type': 'number'}}, 'required': ['part'], 'additionalProperties': False}, rule='required')
                                data__parts_item__gate_keys = set(data__parts_item__gate.keys())
                                if "part" in data__parts_item__gate_keys:
                                    data__parts_item__gate_keys.remove("part")
                                    data__parts_item__gate__part = data__parts_item__gate["part"]
                                    if not isinstance(data__parts_item__gate__part, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts[{data__parts_x}].gate.part".format(**locals()) + " must be string", value=data__parts_item__gate__part, name="" + (name_prefix or "data") + ".parts[{data__parts_x}].gate.part".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                                if "min" in data__parts_item__gate_keys:
                                    data__parts_item__gate_keys.remove("min")
                                    data__parts_item__gate__min = data__parts_item__gate["min"]
                                    if not isinstance(data__parts_item__gate__min, (int, float, Decimal)) or isinstance(data__parts_item__gate__min, bool):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts[{data__parts_x}].gate.min".format(**locals()) + " must be number", value=data__parts_item__gate__min, name="" + (name_prefix or "data") + ".parts[{data__parts_x}].gate.min".format(**locals()) + "", definition={'type': 'number'}, rule='type')
                                if data__parts_item__gate_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts[{data__parts_x}].gate".format(**locals()) + " must not contain "+str(data__parts_item__gate_keys)+" properties", value=data__parts_item__gate, name="" + (name_prefix or "data") + ".parts[{data__parts_x}].gate".format(**locals()) + "", definition={'type': 'object', 'properties': {'part': {'type': 'string'}, 'min': {'type': 'number'}}, 'required': ['part'], 'additionalProperties': False}, rule='additionalProperties')
                        if data__parts_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts[{data__parts_x}]".format(**locals()) + " must not contain "+str(data__parts_item_keys)+" properties", value=data__parts_item, name="" + (name_prefix or "data") + ".parts[{data__parts_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'grader': {'type': ['object', 'string']}, 'gate': {'type': 'object', 'properties': {'part': {'type': 'string'}, 'min': {'type': 'number'}}, 'required': ['part'], 'additionalProperties': False}}, 'required': ['name', 'grader'], 'additionalProperties': False}, rule='additionalProperties')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'weighted'}, 'parts': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'properties': {'name': {'type': 'string', 'pattern': '^[A-Za-z0-9_\\-]+$'}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}, 'grader': {'type': ['object', 'string']}, 'gate': {'type': 'object', 'properties': {'part': {'type': 'string'}, 'min': {'type': 'number'}}, 'required': ['part'], 'additionalProperties': False}}, 'required': ['name', 'grader'], 'additionalProperties': False}}}, 'required': ['type', 'parts'], 'additionalProperties': False}, rule='additionalProperties')
    return data

SCHEMA = {'type': 'object',
 'properties': {'type': {'const': 'weighted'},
                'parts': {'type': 'array',
                          'minItems': 1,
                          'items': {'type': 'object',
                                    'properties': {'name': {'type': 'string',
                                                            'pattern': '^[A-Za-z0-9_\\-]+$'},
                                                   'weight': {'type': 'number',
                                                              'exclusiveMinimum': 0},
                                                   'grader': {'type': ['object', 'string']},
                                                   'gate': {'type': 'object',
                                                            'properties': {'part': {'type': 'string'},
                                                                           'min': {'type': 'number'}},
                                                            'required': ['part'],
                                                            'additionalProperties': False}},
                                    'required': ['name', 'grader'],
                                    'additionalProperties': False}}},
 'required': ['type', 'parts'],
 'additionalProperties': False}
