"""Generated from label_grader.grader.SPEC_SCHEMA by `python -m grader_core.schema_check`; do not edit."""

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
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'label'}, 'mode': {'enum': ['single', 'multi', 'ordinal']}, 'labels': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1, 'uniqueItems': True}, 'synonyms': {'type': 'object', 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'from': {'enum': ['response', 'tag', 'json', 'line']}, 'tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'field': {'type': 'string', 'minLength': 1}, 'prefix': {'type': 'string', 'minLength': 1}, 'ignore_case': {'type': 'boolean'}, 'multi_metric': {'enum': ['f1', 'jaccard']}, 'max_distance': {'type': 'integer', 'minimum': 1}, 'reference_field': {'type': 'string', 'minLength': 1}}, 'required': ['type'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'label'}, 'mode': {'enum': ['single', 'multi', 'ordinal']}, 'labels': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1, 'uniqueItems': True}, 'synonyms': {'type': 'object', 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'from': {'enum': ['response', 'tag', 'json', 'line']}, 'tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'field': {'type': 'string', 'minLength': 1}, 'prefix': {'type': 'string', 'minLength': 1}, 'ignore_case': {'type': 'boolean'}, 'multi_metric': {'enum': ['f1', 'jaccard']}, 'max_distance': {'type': 'integer', 'minimum': 1}, 'reference_field': {'type': 'string', 'minLength': 1}}, 'required': ['type'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if data__type != "label":
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: label", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'label'}, rule='const')
        if "mode" in data_keys:
            data_keys.remove("mode")
            data__mode = data["mode"]
            if data__mode not in ['single', 'multi', 'ordinal']:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mode must be one of ['single', 'multi', 'ordinal']", value=data__mode, name="" + (name_prefix or "data") + ".mode", definition={'enum': ['single', 'multi', 'ordinal']}, rule='enum')
        if "labels" in data_keys:
            data_keys.remove("labels")
            data__labels = data["labels"]
            if not isinstance(data__labels, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".labels must be array", value=data__labels, name="" + (name_prefix or "data") + ".labels", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1, 'uniqueItems': True}, rule='type')
            data__labels_is_list = isinstance(data__labels, (list, tuple))
            if data__labels_is_list:
                data__labels_len = len(data__labels)
                if data__labels_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".labels must contain at least 1 items", value=data__labels, name="" + (name_prefix or "data") + ".labels", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1, 'uniqueItems': True}, rule='minItems')
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else str(var) if isinstance(var, bool) else var
                if data__labels_len > len(set(fn(data__labels_x) for data__labels_x in data__labels)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".labels must contain unique items", value=data__labels, name="" + (name_prefix or "data") + ".labels", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1, 'uniqueItems': True}, rule='uniqueItems')
                for data__labels_x, data__labels_item in enumerate(data__labels):
                    if not isinstance(data__labels_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".labels[{data__labels_x}]".format(**locals()) + " must be string", value=data__labels_item, name="" + (name_prefix or "data") + ".labels[{data__labels_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__labels_item, str):
                        data__labels_item_len = len(data__labels_item)
                        if data__labels_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".labels[{data__labels_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__labels_item, name="" + (name_prefix or "data") + ".labels[{data__labels_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "synonyms" in data_keys:
            data_keys.remove("synonyms")
            data__synonyms = data["synonyms"]
            if not isinstance(data__synonyms, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".synonyms must be object", value=data__synonyms, name="" + (name_prefix or "data") + ".synonyms", definition={'type': 'object', 'additionalProperties': {'type': 'string', 'minLength': 1}}, rule='type')
            data__synonyms_is_dict = isinstance(data__synonyms, dict)
            if data__synonyms_is_dict:
                data__synonyms_keys = set(data__synonyms.keys())
                for data__synonyms_key in data__synonyms_keys:
                    if data__synonyms_key not in []:
                        data__synonyms_value = data__synonyms.get(data__synonyms_key)
                        if not isinstance(data__synonyms_value, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".synonyms.{data__synonyms_key}".format(**locals()) + " must be string", value=data__synonyms_value, name="" + (name_prefix or "data") + ".synonyms.{data__synonyms_key}".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                        if isinstance(data__synonyms_value, str):
                            data__synonyms_value_len = len(data__synonyms_value)
                            if data__synonyms_value_len < 1:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".synonyms.{data__synonyms_key}".format(**locals()) + " must be longer than or equal to 1 characters", value=data__synonyms_value, name="" + (name_prefix or "data") + ".synonyms.{data__synonyms_key}".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "from" in data_keys:
            data_keys.remove("from")
            data__from = data["from"]
            if data__from not in ['response', 'tag', 'json', 'line']:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".from must be one of ['response', 'tag', 'json', 'line']", value=data__from, name="" + (name_prefix or "data") + ".from", definition={'enum': ['response', 'tag', 'json', 'line']}, rule='enum')
        if "tag" in data_keys:
            data_keys.remove("tag")
            data__tag = data["tag"]
            if not isinstance(data__tag, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tag must be string", value=data__tag, name="" + (name_prefix or "data") + ".tag", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='type')
            if isinstance(data__tag, str):
                if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_\\-]*$'].search(data__tag):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tag must match pattern ^[A-Za-z][A-Za-z0-9_\\-]*$", value=data__tag, name="" + (name_prefix or "data") + ".tag", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='pattern')
        if "field" in data_keys:
            data_keys.remove("field")
            data__field = data["field"]
            if not isinstance(data__field, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".field must be string", value=data__field, name="" + (name_prefix or "data") + ".field", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__field, str):
                data__field_len = len(data__field)
                if data__field_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".field must be longer than or equal to 1 characters", value=data__field, name="" + (name_prefix or "data") + ".field", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "prefix" in data_keys:
            data_keys.remove("prefix")
            data__prefix = data["prefix"]
            if not isinstance(data__prefix, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".prefix must be string", value=data__prefix, name="" + (name_prefix or "data") + ".prefix", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__prefix, str):
                data__prefix_len = len(data__prefix)
                if data__prefix_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".prefix must be longer than or equal to 1 characters", value=data__prefix, name="" + (name_prefix or "data") + ".prefix", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "ignore_case" in data_keys:
            data_keys.remove("ignore_case")
            data__ignorecase = data["ignore_case"]
            if not isinstance(data__ignorecase, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ignore_case must be boolean", value=data__ignorecase, name="" + (name_prefix or "data") + ".ignore_case", definition={'type': 'boolean'}, rule='type')
        if "multi_metric" in data_keys:
            data_keys.remove("multi_metric")
            data__multimetric = data["multi_metric"]
            if data__multimetric not in ['f1', 'jaccard']:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".multi_metric must be one of ['f1', 'jaccard']", value=data__multimetric, name="" + (name_prefix or "data") + ".multi_metric", definition={'enum': ['f1', 'jaccard']}, rule='enum')
        if "max_distance" in data_keys:
            data_keys.remove("max_distance")
            data__maxdistance = data["max_distance"]
            if not isinstance(data__maxdistance, (int)) and not (isinstance(data__maxdistance, float) and data__maxdistance.is_integer()) or isinstance(data__maxdistance, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_distance must be integer", value=data__maxdistance, name="" + (name_prefix or "data") + ".max_distance", definition={'type': 'integer', 'minimum': 1}, rule='type')
            if isinstance(data__maxdistance, (int, float, Decimal)):
                if data__maxdistance < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_distance must be bigger than or equal to 1", value=data__maxdistance, name="" + (name_prefix or "data") + ".max_distance", definition={'type': 'integer', 'minimum': 1}, rule='minimum')
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
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'label'}, 'mode': {'enum': ['single', 'multi', 'ordinal']}, 'labels': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 1, 'uniqueItems': True}, 'synonyms': {'type': 'object', 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'from': {'enum': ['response', 'tag', 'json', 'line']}, 'tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'field': {'type': 'string', 'minLength': 1}, 'prefix': {'type': 'string', 'minLength': 1}, 'ignore_case': {'type': 'boolean'}, 'multi_metric': {'enum': ['f1', 'jaccard']}, 'max_distance': {'type': 'integer', 'minimum': 1}, 'reference_field': {'type': 'string', 'minLength': 1}}, 'required': ['type'], 'additionalProperties': False}, rule='additionalProperties')
    return data

SCHEMA = {'type': 'object',
 'properties': {'type': {'const': 'label'},
                'mode': {'enum': ['single', 'multi', 'ordinal']},
                'labels': {'type': 'array',
                           'items': {'type': 'string', 'minLength': 1},
                           'minItems': 1,
                           'uniqueItems': True},
                'synonyms': {'type': 'object',
                             'additionalProperties': {'type': 'string', 'minLength': 1}},
                'from': {'enum': ['response', 'tag', 'json', 'line']},
                'tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'},
                'field': {'type': 'string', 'minLength': 1},
                'prefix': {'type': 'string', 'minLength': 1},
                'ignore_case': {'type': 'boolean'},
                'multi_metric': {'enum': ['f1', 'jaccard']},
                'max_distance': {'type': 'integer', 'minimum': 1},
                'reference_field': {'type': 'string', 'minLength': 1}},
 'required': ['type'],
 'additionalProperties': False}
