"""Generated from fields_grader.grader.SPEC_SCHEMA by `python -m grader_core.schema_check`; do not edit."""

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
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'definitions': {'rule': {'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'$ref': '#/definitions/rule'}, 'fields': {'type': 'object', 'additionalProperties': {'$ref': '#/definitions/rule'}}}, 'additionalProperties': False}, 'fields': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'$ref': '#/definitions/rule'}, 'fields': {'type': 'object', 'additionalProperties': {'$ref': '#/definitions/rule'}}}, 'additionalProperties': False}}}, 'additionalProperties': False}}, 'properties': {'type': {'const': 'fields'}, 'fields': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'$ref': '#/definitions/rule'}, 'fields': {'type': 'object', 'additionalProperties': {'$ref': '#/definitions/rule'}}}, 'additionalProperties': False}}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'extra_fields': {'enum': ['penalize', 'ignore']}, 'schema': {'type': ['object', 'boolean']}, 'reference_field': {'type': 'string', 'minLength': 1}}, 'required': ['type'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'definitions': {'rule': {'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'$ref': '#/definitions/rule'}, 'fields': {'type': 'object', 'additionalProperties': {'$ref': '#/definitions/rule'}}}, 'additionalProperties': False}, 'fields': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'$ref': '#/definitions/rule'}, 'fields': {'type': 'object', 'additionalProperties': {'$ref': '#/definitions/rule'}}}, 'additionalProperties': False}}}, 'additionalProperties': False}}, 'properties': {'type': {'const': 'fields'}, 'fields': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'$ref': '#/definitions/rule'}, 'fields': {'type': 'object', 'additionalProperties': {'$ref': '#/definitions/rule'}}}, 'additionalProperties': False}}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'extra_fields': {'enum': ['penalize', 'ignore']}, 'schema': {'type': ['object', 'boolean']}, 'reference_field': {'type': 'string', 'minLength': 1}}, 'required': ['type'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if data__type != "fields":
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: fields", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'fields'}, rule='const')
        if "fields" in data_keys:
            data_keys.remove("fields")
            data__fields = data["fields"]
            if not isinstance(data__fields, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".fields must be object", value=data__fields, name="" + (name_prefix or "data") + ".fields", definition={'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'$ref': '#/definitions/rule'}, 'fields': {'type': 'object', 'additionalProperties': {'$ref': '#/definitions/rule'}}}, 'additionalProperties': False}}, rule='type')
            data__fields_is_dict = isinstance(data__fields, dict)
            if data__fields_is_dict:
                data__fields_keys = set(data__fields.keys())
                for data__fields_key in data__fields_keys:
                    if data__fields_key not in []:
                        data__fields_value = data__fields.get(data__fields_key)
                        validate___definitions_rule(data__fields_value, custom_formats, (name_prefix or "data") + ".fields.{data__fields_key}".format(**locals()))
        if "in_tag" in data_keys:
            data_keys.remove("in_tag")
            data__intag = data["in_tag"]
            if not isinstance(data__intag, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".in_tag must be string", value=data__intag, name="" + (name_prefix or "data") + ".in_tag", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='type')
            if isinstance(data__intag, str):
                if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_\\-]*$'].search(data__intag):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".in_tag must match pattern ^[A-Za-z][A-Za-z0-9_\\-]*$", value=data__intag, name="" + (name_prefix or "data") + ".in_tag", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='pattern')
        if "extra_fields" in data_keys:
            data_keys.remove("extra_fields")
            data__extrafields = data["extra_fields"]
            if data__extrafields not in ['penalize', 'ignore']:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".extra_fields must be one of ['penalize', 'ignore']", value=data__extrafields, name="" + (name_prefix or "data") + ".extra_fields", definition={'enum': ['penalize', 'ignore']}, rule='enum')
        if "schema" in data_keys:
            data_keys.remove("schema")
            data__schema = data["schema"]
            if not isinstance(data__schema, (dict, bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".schema must be object or boolean", value=data__schema, name="" + (name_prefix or "data") + ".schema", definition={'type': ['object', 'boolean']}, rule='type')
        if "reference_field" in data_keys:
            data_keys.remove("reference_field")
            data__referencefield = data["reference_field"]
            if not isinstance(data__referencefield, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reference_field must be string", value=data__referencefield, name="" + (name_prefix or "data") + ".reference_field", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__referencefield, str):
                data__referencefield_len = len(data__referencefield)
                if data__referencefield_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reference_field must be longer than or equal to 1 characters", value=data__referencefield, name="" + (name_prefix or "data") + ".reference_field", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'definitions': {'rule': {'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'$ref': '#/definitions/rule'}, 'fields': {'type': 'object', 'additionalProperties': {'$ref': '#/definitions/rule'}}}, 'additionalProperties': False}, 'fields': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'$ref': '#/definitions/rule'}, 'fields': {'type': 'object', 'additionalProperties': {'$ref': '#/definitions/rule'}}}, 'additionalProperties': False}}}, 'additionalProperties': False}}, 'properties': {'type': {'const': 'fields'}, 'fields': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'$ref': '#/definitions/rule'}, 'fields': {'type': 'object', 'additionalProperties': {'$ref': '#/definitions/rule'}}}, 'additionalProperties': False}}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'extra_fields': {'enum': ['penalize', 'ignore']}, 'schema': {'type': ['object', 'boolean']}, 'reference_field': {'type': 'string', 'minLength': 1}}, 'required': ['type'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate___definitions_rule(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'$ref': '#/definitions/rule'}, 'fields': {'type': 'object', 'additionalProperties': {'$ref': '#/definitions/rule'}}}, 'additionalProperties': False}, 'fields': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'$ref': '#/definitions/rule'}, 'fields': {'type': 'object', 'additionalProperties': {'$ref': '#/definitions/rule'}}}, 'additionalProperties': False}}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "match" in data_keys:
            data_keys.remove("match")
            data__match = data["match"]
            if data__match not in ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".match must be one of ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']", value=data__match, name="" + (name_prefix or "data") + ".match", definition={'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, rule='enum')
        if "tolerance" in data_keys:
            data_keys.remove("tolerance")
            data__tolerance = data["tolerance"]
            if not isinstance(data__tolerance, (int, float, Decimal)) or isinstance(data__tolerance, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tolerance must be number", value=data__tolerance, name="" + (name_prefix or "data") + ".tolerance", definition={'type': 'number', 'minimum': 0}, rule='type')
            if isinstance(data__tolerance, (int, float, Decimal)):
                if data__tolerance < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tolerance must be bigger than or equal to 0", value=data__tolerance, name="" + (name_prefix or "data") + ".tolerance", definition={'type': 'number', 'minimum': 0}, rule='minimum')
        if "rel_tolerance" in data_keys:
            data_keys.remove("rel_tolerance")
            data__reltolerance = data["rel_tolerance"]
            if not isinstance(data__reltolerance, (int, float, Decimal)) or isinstance(data__reltolerance, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rel_tolerance must be number", value=data__reltolerance, name="" + (name_prefix or "data") + ".rel_tolerance", definition={'type': 'number', 'minimum': 0}, rule='type')
            if isinstance(data__reltolerance, (int, float, Decimal)):
                if data__reltolerance < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".rel_tolerance must be bigger than or equal to 0", value=data__reltolerance, name="" + (name_prefix or "data") + ".rel_tolerance", definition={'type': 'number', 'minimum': 0}, rule='minimum')
        if "formats" in data_keys:
            data_keys.remove("formats")
            data__formats = data["formats"]
            if not isinstance(data__formats, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".formats must be array", value=data__formats, name="" + (name_prefix or "data") + ".formats", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, rule='type')
            data__formats_is_list = isinstance(data__formats, (list, tuple))
            if data__formats_is_list:
                data__formats_len = len(data__formats)
                if data__formats_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".formats must contain at least 1 items", value=data__formats, name="" + (name_prefix or "data") + ".formats", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, rule='minItems')
                for data__formats_x, data__formats_item in enumerate(data__formats):
                    if not isinstance(data__formats_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".formats[{data__formats_x}]".format(**locals()) + " must be string", value=data__formats_item, name="" + (name_prefix or "data") + ".formats[{data__formats_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__formats_item, str):
                        data__formats_item_len = len(data__formats_item)
                        if data__formats_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".formats[{data__formats_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__formats_item, name="" + (name_prefix or "data") + ".formats[{data__formats_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "items" in data_keys:
            data_keys.remove("items")
            data__items = data["items"]
            validate___definitions_rule(data__items, custom_formats, (name_prefix or "data") + ".items")
        if "fields" in data_keys:
            data_keys.remove("fields")
            data__fields = data["fields"]
            if not isinstance(data__fields, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".fields must be object", value=data__fields, name="" + (name_prefix or "data") + ".fields", definition={'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'$ref': '#/definitions/rule'}, 'fields': {'type': 'object', 'additionalProperties': {'$ref': '#/definitions/rule'}}}, 'additionalProperties': False}}, rule='type')
            data__fields_is_dict = isinstance(data__fields, dict)
            if data__fields_is_dict:
                data__fields_keys = set(data__fields.keys())
                for data__fields_key in data__fields_keys:
                    if data__fields_key not in []:
                        data__fields_value = data__fields.get(data__fields_key)
                        validate___definitions_rule(data__fields_value, custom_formats, (name_prefix or "data") + ".fields.{data__fields_key}".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'$ref': '#/definitions/rule'}, 'fields': {'type': 'object', 'additionalProperties': {'$ref': '#/definitions/rule'}}}, 'additionalProperties': False}, 'fields': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'match': {'enum': ['exact', 'text', 'number', 'date', 'set', 'sequence', 'object']}, 'tolerance': {'type': 'number', 'minimum': 0}, 'rel_tolerance': {'type': 'number', 'minimum': 0}, 'formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1}, 'items': {'$ref': '#/definitions/rule'}, 'fields': {'type': 'object', 'additionalProperties': {'$ref': '#/definitions/rule'}}}, 'additionalProperties': False}}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

SCHEMA = {'type': 'object',
 '$defs': {'rule': {'type': 'object',
                    'properties': {'match': {'enum': ['exact',
                                                      'text',
                                                      'number',
                                                      'date',
                                                      'set',
                                                      'sequence',
                                                      'object']},
                                   'tolerance': {'type': 'number', 'minimum': 0},
                                   'rel_tolerance': {'type': 'number', 'minimum': 0},
                                   'formats': {'type': 'array',
                                               'items': {'type': 'string', 'minLength': 1},
                                               'minItems': 1},
                                   'items': {'$ref': '#/$defs/rule'},
                                   'fields': {'type': 'object',
                                              'additionalProperties': {'$ref': '#/$defs/rule'}}},
                    'additionalProperties': False}},
 'properties': {'type': {'const': 'fields'},
                'fields': {'type': 'object', 'additionalProperties': {'$ref': '#/$defs/rule'}},
                'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'},
                'extra_fields': {'enum': ['penalize', 'ignore']},
                'schema': {'type': ['object', 'boolean']},
                'reference_field': {'type': 'string', 'minLength': 1}},
 'required': ['type'],
 'additionalProperties': False}
