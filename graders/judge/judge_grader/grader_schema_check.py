"""Generated from judge_grader.grader.SPEC_SCHEMA by `python -m grader_core.schema_check`; do not edit."""

VERSION = "2.21.2"
from decimal import Decimal
import re
from grader_core.errors import SchemaViolation as JsonSchemaValueException


REGEX_PATTERNS = {
    '^[A-Za-z][A-Za-z0-9_\\-]{0,63}$': re.compile('^[A-Za-z][A-Za-z0-9_\\-]{0,63}\\Z'),
    '^[a-z][a-z0-9_]{0,39}$': re.compile('^[a-z][a-z0-9_]{0,39}\\Z'),
    '^[A-Za-z][A-Za-z0-9_\\-]*$': re.compile('^[A-Za-z][A-Za-z0-9_\\-]*\\Z'),
    '^[a-z]{2}(-[a-z]+)+-[0-9]+$': re.compile('^[a-z]{2}(-[a-z]+)+-[0-9]+\\Z'),
    '^https?://[^\\s]+$': re.compile('^https?://[^\\s]+\\Z'),
    '^[A-Za-z_][A-Za-z0-9_]*$': re.compile('^[A-Za-z_][A-Za-z0-9_]*\\Z'),
    '^[a-z0-9]+$|^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:[0-9]{12}:guardrail/[a-z0-9]+$': re.compile('^[a-z0-9]+\\Z|^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:[0-9]{12}:guardrail/[a-z0-9]+\\Z'),
    '^([1-9][0-9]{0,7}|DRAFT)$': re.compile('^([1-9][0-9]{0,7}|DRAFT)\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'judge'}, 'preset': {'enum': ['custom', 'instruction_following', 'rag_faithfulness', 'reasoning', 'reference_correctness', 'summarization']}, 'preset_version': {'type': 'integer', 'minimum': 1}, 'name': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]{0,63}$'}, 'criteria': {'type': 'array', 'minItems': 1, 'maxItems': 20, 'items': {'type': 'object', 'properties': {'name': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]{0,39}$'}, 'description': {'type': 'string', 'minLength': 1, 'maxLength': 2000}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}}, 'required': ['name', 'description'], 'additionalProperties': False}}, 'scale': {'type': 'array', 'items': {'type': 'number'}, 'minItems': 2, 'maxItems': 2}, 'instructions': {'type': 'string', 'minLength': 1, 'maxLength': 4000}, 'context_field': {'type': 'string', 'minLength': 1}, 'response_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'backend': {'type': 'object', 'properties': {'type': {'enum': ['bedrock', 'openai', 'replay']}}, 'required': ['type'], 'allOf': [{'if': {'properties': {'type': {'const': 'bedrock'}}, 'required': ['type']}, 'then': {'properties': {'type': {'const': 'bedrock'}, 'model_id': {'type': 'string', 'minLength': 1, 'maxLength': 2048}, 'region': {'type': 'string', 'pattern': '^[a-z]{2}(-[a-z]+)+-[0-9]+$'}, 'endpoint_url': {'type': 'string', 'pattern': '^https?://[^\\s]+$'}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'properties': {'type': {'const': 'openai'}}, 'required': ['type']}, 'then': {'properties': {'type': {'const': 'openai'}, 'base_url': {'type': 'string', 'pattern': '^https?://[^\\s]+$'}, 'model': {'type': 'string', 'minLength': 1}, 'api_key_env': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$'}}, 'required': ['type', 'base_url', 'model'], 'additionalProperties': False}}, {'if': {'properties': {'type': {'const': 'replay'}}, 'required': ['type']}, 'then': {'properties': {'type': {'const': 'replay'}, 'rules': {'type': 'array', 'items': {'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}}, 'default': {'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}}, 'required': ['type'], 'additionalProperties': False}}]}, 'max_tokens': {'type': 'integer', 'minimum': 16, 'maximum': 8192}, 'json_mode': {'type': 'boolean'}, 'concurrency': {'type': 'integer', 'minimum': 1, 'maximum': 64}, 'adaptive_concurrency': {'type': 'boolean'}, 'request_timeout_s': {'type': 'number', 'minimum': 1, 'maximum': 900}, 'retry': {'type': 'object', 'properties': {'max_attempts': {'type': 'integer', 'minimum': 1, 'maximum': 10}, 'base_delay_s': {'type': 'number', 'minimum': 0, 'maximum': 60}, 'max_delay_s': {'type': 'number', 'minimum': 0, 'maximum': 120}, 'min_attempt_s': {'type': 'number', 'minimum': 0, 'maximum': 120}}, 'additionalProperties': False}, 'out_of_range': {'enum': ['error', 'clamp']}, 'trivial_phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'guardrail': {'type': 'object', 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+$|^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:[0-9]{12}:guardrail/[a-z0-9]+$'}, 'version': {'type': 'string', 'pattern': '^([1-9][0-9]{0,7}|DRAFT)$'}, 'region': {'type': 'string', 'pattern': '^[a-z]{2}(-[a-z]+)+-[0-9]+$'}}, 'additionalProperties': False}, 'rate_limit': {'type': 'object', 'properties': {'requests_per_minute': {'type': 'number', 'exclusiveMinimum': 0}, 'tokens_per_minute': {'type': 'number', 'exclusiveMinimum': 0}}, 'minProperties': 1, 'additionalProperties': False}, 'verdict_cache': {'type': 'boolean'}, 'injection_screen': {'type': 'object', 'properties': {'enabled': {'type': 'boolean'}, 'ignore': {'type': 'array', 'items': {'enum': ['addressed_verdict', 'addressee', 'authority', 'chat_token', 'claim', 'command', 'concealed', 'delimiter', 'fake_verdict', 'override', 'roleplay', 'speaking_as', 'turn', 'verdict_demand']}, 'uniqueItems': True}}, 'additionalProperties': False}, 'counterfactual': {'type': 'object', 'properties': {'enabled': {'type': 'boolean'}, 'wrong_reference_field': {'type': 'string', 'minLength': 1}, 'min_gap': {'type': 'number', 'exclusiveMinimum': 0, 'maximum': 1}, 'canary': {'type': 'boolean'}}, 'additionalProperties': False}}, 'required': ['type', 'preset'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type', 'preset']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'judge'}, 'preset': {'enum': ['custom', 'instruction_following', 'rag_faithfulness', 'reasoning', 'reference_correctness', 'summarization']}, 'preset_version': {'type': 'integer', 'minimum': 1}, 'name': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]{0,63}$'}, 'criteria': {'type': 'array', 'minItems': 1, 'maxItems': 20, 'items': {'type': 'object', 'properties': {'name': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]{0,39}$'}, 'description': {'type': 'string', 'minLength': 1, 'maxLength': 2000}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}}, 'required': ['name', 'description'], 'additionalProperties': False}}, 'scale': {'type': 'array', 'items': {'type': 'number'}, 'minItems': 2, 'maxItems': 2}, 'instructions': {'type': 'string', 'minLength': 1, 'maxLength': 4000}, 'context_field': {'type': 'string', 'minLength': 1}, 'response_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'backend': {'type': 'object', 'properties': {'type': {'enum': ['bedrock', 'openai', 'replay']}}, 'required': ['type'], 'allOf': [{'if': {'properties': {'type': {'const': 'bedrock'}}, 'required': ['type']}, 'then': {'properties': {'type': {'const': 'bedrock'}, 'model_id': {'type': 'string', 'minLength': 1, 'maxLength': 2048}, 'region': {'type': 'string', 'pattern': '^[a-z]{2}(-[a-z]+)+-[0-9]+$'}, 'endpoint_url': {'type': 'string', 'pattern': '^https?://[^\\s]+$'}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'properties': {'type': {'const': 'openai'}}, 'required': ['type']}, 'then': {'properties': {'type': {'const': 'openai'}, 'base_url': {'type': 'string', 'pattern': '^https?://[^\\s]+$'}, 'model': {'type': 'string', 'minLength': 1}, 'api_key_env': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$'}}, 'required': ['type', 'base_url', 'model'], 'additionalProperties': False}}, {'if': {'properties': {'type': {'const': 'replay'}}, 'required': ['type']}, 'then': {'properties': {'type': {'const': 'replay'}, 'rules': {'type': 'array', 'items': {'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}}, 'default': {'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}}, 'required': ['type'], 'additionalProperties': False}}]}, 'max_tokens': {'type': 'integer', 'minimum': 16, 'maximum': 8192}, 'json_mode': {'type': 'boolean'}, 'concurrency': {'type': 'integer', 'minimum': 1, 'maximum': 64}, 'adaptive_concurrency': {'type': 'boolean'}, 'request_timeout_s': {'type': 'number', 'minimum': 1, 'maximum': 900}, 'retry': {'type': 'object', 'properties': {'max_attempts': {'type': 'integer', 'minimum': 1, 'maximum': 10}, 'base_delay_s': {'type': 'number', 'minimum': 0, 'maximum': 60}, 'max_delay_s': {'type': 'number', 'minimum': 0, 'maximum': 120}, 'min_attempt_s': {'type': 'number', 'minimum': 0, 'maximum': 120}}, 'additionalProperties': False}, 'out_of_range': {'enum': ['error', 'clamp']}, 'trivial_phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'guardrail': {'type': 'object', 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+$|^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:[0-9]{12}:guardrail/[a-z0-9]+$'}, 'version': {'type': 'string', 'pattern': '^([1-9][0-9]{0,7}|DRAFT)$'}, 'region': {'type': 'string', 'pattern': '^[a-z]{2}(-[a-z]+)+-[0-9]+$'}}, 'additionalProperties': False}, 'rate_limit': {'type': 'object', 'properties': {'requests_per_minute': {'type': 'number', 'exclusiveMinimum': 0}, 'tokens_per_minute': {'type': 'number', 'exclusiveMinimum': 0}}, 'minProperties': 1, 'additionalProperties': False}, 'verdict_cache': {'type': 'boolean'}, 'injection_screen': {'type': 'object', 'properties': {'enabled': {'type': 'boolean'}, 'ignore': {'type': 'array', 'items': {'enum': ['addressed_verdict', 'addressee', 'authority', 'chat_token', 'claim', 'command', 'concealed', 'delimiter', 'fake_verdict', 'override', 'roleplay', 'speaking_as', 'turn', 'verdict_demand']}, 'uniqueItems': True}}, 'additionalProperties': False}, 'counterfactual': {'type': 'object', 'properties': {'enabled': {'type': 'boolean'}, 'wrong_reference_field': {'type': 'string', 'minLength': 1}, 'min_gap': {'type': 'number', 'exclusiveMinimum': 0, 'maximum': 1}, 'canary': {'type': 'boolean'}}, 'additionalProperties': False}}, 'required': ['type', 'preset'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if data__type != "judge":
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: judge", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'judge'}, rule='const')
        if "preset" in data_keys:
            data_keys.remove("preset")
            data__preset = data["preset"]
            if data__preset not in ['custom', 'instruction_following', 'rag_faithfulness', 'reasoning', 'reference_correctness', 'summarization']:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".preset must be one of ['custom', 'instruction_following', 'rag_faithfulness', 'reasoning', 'reference_correctness', 'summarization']", value=data__preset, name="" + (name_prefix or "data") + ".preset", definition={'enum': ['custom', 'instruction_following', 'rag_faithfulness', 'reasoning', 'reference_correctness', 'summarization']}, rule='enum')
        if "preset_version" in data_keys:
            data_keys.remove("preset_version")
            data__presetversion = data["preset_version"]
            if not isinstance(data__presetversion, (int)) and not (isinstance(data__presetversion, float) and data__presetversion.is_integer()) or isinstance(data__presetversion, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".preset_version must be integer", value=data__presetversion, name="" + (name_prefix or "data") + ".preset_version", definition={'type': 'integer', 'minimum': 1}, rule='type')
            if isinstance(data__presetversion, (int, float, Decimal)):
                if data__presetversion < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".preset_version must be bigger than or equal to 1", value=data__presetversion, name="" + (name_prefix or "data") + ".preset_version", definition={'type': 'integer', 'minimum': 1}, rule='minimum')
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]{0,63}$'}, rule='type')
            if isinstance(data__name, str):
                if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_\\-]{0,63}$'].search(data__name):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must match pattern ^[A-Za-z][A-Za-z0-9_\\-]{0,63}$", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]{0,63}$'}, rule='pattern')
        if "criteria" in data_keys:
            data_keys.remove("criteria")
            data__criteria = data["criteria"]
            if not isinstance(data__criteria, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria must be array", value=data__criteria, name="" + (name_prefix or "data") + ".criteria", definition={'type': 'array', 'minItems': 1, 'maxItems': 20, 'items': {'type': 'object', 'properties': {'name': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]{0,39}$'}, 'description': {'type': 'string', 'minLength': 1, 'maxLength': 2000}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}}, 'required': ['name', 'description'], 'additionalProperties': False}}, rule='type')
            data__criteria_is_list = isinstance(data__criteria, (list, tuple))
            if data__criteria_is_list:
                data__criteria_len = len(data__criteria)
                if data__criteria_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria must contain at least 1 items", value=data__criteria, name="" + (name_prefix or "data") + ".criteria", definition={'type': 'array', 'minItems': 1, 'maxItems': 20, 'items': {'type': 'object', 'properties': {'name': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]{0,39}$'}, 'description': {'type': 'string', 'minLength': 1, 'maxLength': 2000}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}}, 'required': ['name', 'description'], 'additionalProperties': False}}, rule='minItems')
                if data__criteria_len > 20:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria must contain less than or equal to 20 items", value=data__criteria, name="" + (name_prefix or "data") + ".criteria", definition={'type': 'array', 'minItems': 1, 'maxItems': 20, 'items': {'type': 'object', 'properties': {'name': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]{0,39}$'}, 'description': {'type': 'string', 'minLength': 1, 'maxLength': 2000}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}}, 'required': ['name', 'description'], 'additionalProperties': False}}, rule='maxItems')
                for data__criteria_x, data__criteria_item in enumerate(data__criteria):
                    if not isinstance(data__criteria_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}]".format(**locals()) + " must be object", value=data__criteria_item, name="" + (name_prefix or "data") + ".criteria[{data__criteria_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'name': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]{0,39}$'}, 'description': {'type': 'string', 'minLength': 1, 'maxLength': 2000}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}}, 'required': ['name', 'description'], 'additionalProperties': False}, rule='type')
                    data__criteria_item_is_dict = isinstance(data__criteria_item, dict)
                    if data__criteria_item_is_dict:
                        data__criteria_item__missing_keys = set(['name', 'description']) - data__criteria_item.keys()
                        if data__criteria_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}]".format(**locals()) + " must contain " + (str(sorted(data__criteria_item__missing_keys)) + " properties"), value=data__criteria_item, name="" + (name_prefix or "data") + ".criteria[{data__criteria_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'name': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]{0,39}$'}, 'description': {'type': 'string', 'minLength': 1, 'maxLength': 2000}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}}, 'required': ['name', 'description'], 'additionalProperties': False}, rule='required')
                        data__criteria_item_keys = set(data__criteria_item.keys())
                        if "name" in data__criteria_item_keys:
                            data__criteria_item_keys.remove("name")
                            data__criteria_item__name = data__criteria_item["name"]
                            if not isinstance(data__criteria_item__name, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}].name".format(**locals()) + " must be string", value=data__criteria_item__name, name="" + (name_prefix or "data") + ".criteria[{data__criteria_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[a-z][a-z0-9_]{0,39}$'}, rule='type')
                            if isinstance(data__criteria_item__name, str):
                                if not REGEX_PATTERNS['^[a-z][a-z0-9_]{0,39}$'].search(data__criteria_item__name):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}].name".format(**locals()) + " must match pattern ^[a-z][a-z0-9_]{0,39}$", value=data__criteria_item__name, name="" + (name_prefix or "data") + ".criteria[{data__criteria_x}].name".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[a-z][a-z0-9_]{0,39}$'}, rule='pattern')
                        if "description" in data__criteria_item_keys:
                            data__criteria_item_keys.remove("description")
                            data__criteria_item__description = data__criteria_item["description"]
                            if not isinstance(data__criteria_item__description, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}].description".format(**locals()) + " must be string", value=data__criteria_item__description, name="" + (name_prefix or "data") + ".criteria[{data__criteria_x}].description".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 2000}, rule='type')
                            if isinstance(data__criteria_item__description, str):
                                data__criteria_item__description_len = len(data__criteria_item__description)
                                if data__criteria_item__description_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}].description".format(**locals()) + " must be longer than or equal to 1 characters", value=data__criteria_item__description, name="" + (name_prefix or "data") + ".criteria[{data__criteria_x}].description".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 2000}, rule='minLength')
                                if data__criteria_item__description_len > 2000:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}].description".format(**locals()) + " must be shorter than or equal to 2000 characters", value=data__criteria_item__description, name="" + (name_prefix or "data") + ".criteria[{data__criteria_x}].description".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 2000}, rule='maxLength')
                        if "weight" in data__criteria_item_keys:
                            data__criteria_item_keys.remove("weight")
                            data__criteria_item__weight = data__criteria_item["weight"]
                            if not isinstance(data__criteria_item__weight, (int, float, Decimal)) or isinstance(data__criteria_item__weight, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}].weight".format(**locals()) + " must be number", value=data__criteria_item__weight, name="" + (name_prefix or "data") + ".criteria[{data__criteria_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='type')
                            if isinstance(data__criteria_item__weight, (int, float, Decimal)):
                                if data__criteria_item__weight <= 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}].weight".format(**locals()) + " must be bigger than 0", value=data__criteria_item__weight, name="" + (name_prefix or "data") + ".criteria[{data__criteria_x}].weight".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='exclusiveMinimum')
                        if data__criteria_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}]".format(**locals()) + " must not contain "+str(data__criteria_item_keys)+" properties", value=data__criteria_item, name="" + (name_prefix or "data") + ".criteria[{data__criteria_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'name': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]{0,39}$'}, 'description': {'type': 'string', 'minLength': 1, 'maxLength': 2000}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}}, 'required': ['name', 'description'], 'additionalProperties': False}, rule='additionalProperties')
        if "scale" in data_keys:
            data_keys.remove("scale")
            data__scale = data["scale"]
            if not isinstance(data__scale, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scale must be array", value=data__scale, name="" + (name_prefix or "data") + ".scale", definition={'type': 'array', 'items': {'type': 'number'}, 'minItems': 2, 'maxItems': 2}, rule='type')
            data__scale_is_list = isinstance(data__scale, (list, tuple))
            if data__scale_is_list:
                data__scale_len = len(data__scale)
                if data__scale_len < 2:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scale must contain at least 2 items", value=data__scale, name="" + (name_prefix or "data") + ".scale", definition={'type': 'array', 'items': {'type': 'number'}, 'minItems': 2, 'maxItems': 2}, rule='minItems')
                if data__scale_len > 2:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scale must contain less than or equal to 2 items", value=data__scale, name="" + (name_prefix or "data") + ".scale", definition={'type': 'array', 'items': {'type': 'number'}, 'minItems': 2, 'maxItems': 2}, rule='maxItems')
                for data__scale_x, data__scale_item in enumerate(data__scale):
                    if not isinstance(data__scale_item, (int, float, Decimal)) or isinstance(data__scale_item, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".scale[{data__scale_x}]".format(**locals()) + " must be number", value=data__scale_item, name="" + (name_prefix or "data") + ".scale[{data__scale_x}]".format(**locals()) + "", definition={'type': 'number'}, rule='type')
        if "instructions" in data_keys:
            data_keys.remove("instructions")
            data__instructions = data["instructions"]
            if not isinstance(data__instructions, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".instructions must be string", value=data__instructions, name="" + (name_prefix or "data") + ".instructions", definition={'type': 'string', 'minLength': 1, 'maxLength': 4000}, rule='type')
            if isinstance(data__instructions, str):
                data__instructions_len = len(data__instructions)
                if data__instructions_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".instructions must be longer than or equal to 1 characters", value=data__instructions, name="" + (name_prefix or "data") + ".instructions", definition={'type': 'string', 'minLength': 1, 'maxLength': 4000}, rule='minLength')
                if data__instructions_len > 4000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".instructions must be shorter than or equal to 4000 characters", value=data__instructions, name="" + (name_prefix or "data") + ".instructions", definition={'type': 'string', 'minLength': 1, 'maxLength': 4000}, rule='maxLength')
        if "context_field" in data_keys:
            data_keys.remove("context_field")
            data__contextfield = data["context_field"]
            if not isinstance(data__contextfield, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".context_field must be string", value=data__contextfield, name="" + (name_prefix or "data") + ".context_field", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__contextfield, str):
                data__contextfield_len = len(data__contextfield)
                if data__contextfield_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".context_field must be longer than or equal to 1 characters", value=data__contextfield, name="" + (name_prefix or "data") + ".context_field", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "response_tag" in data_keys:
            data_keys.remove("response_tag")
            data__responsetag = data["response_tag"]
            if not isinstance(data__responsetag, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".response_tag must be string", value=data__responsetag, name="" + (name_prefix or "data") + ".response_tag", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='type')
            if isinstance(data__responsetag, str):
                if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_\\-]*$'].search(data__responsetag):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".response_tag must match pattern ^[A-Za-z][A-Za-z0-9_\\-]*$", value=data__responsetag, name="" + (name_prefix or "data") + ".response_tag", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='pattern')
        if "backend" in data_keys:
            data_keys.remove("backend")
            data__backend = data["backend"]
            if not isinstance(data__backend, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend must be object", value=data__backend, name="" + (name_prefix or "data") + ".backend", definition={'type': 'object', 'properties': {'type': {'enum': ['bedrock', 'openai', 'replay']}}, 'required': ['type'], 'allOf': [{'if': {'properties': {'type': {'const': 'bedrock'}}, 'required': ['type']}, 'then': {'properties': {'type': {'const': 'bedrock'}, 'model_id': {'type': 'string', 'minLength': 1, 'maxLength': 2048}, 'region': {'type': 'string', 'pattern': '^[a-z]{2}(-[a-z]+)+-[0-9]+$'}, 'endpoint_url': {'type': 'string', 'pattern': '^https?://[^\\s]+$'}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'properties': {'type': {'const': 'openai'}}, 'required': ['type']}, 'then': {'properties': {'type': {'const': 'openai'}, 'base_url': {'type': 'string', 'pattern': '^https?://[^\\s]+$'}, 'model': {'type': 'string', 'minLength': 1}, 'api_key_env': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$'}}, 'required': ['type', 'base_url', 'model'], 'additionalProperties': False}}, {'if': {'properties': {'type': {'const': 'replay'}}, 'required': ['type']}, 'then': {'properties': {'type': {'const': 'replay'}, 'rules': {'type': 'array', 'items': {'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}}, 'default': {'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}}, 'required': ['type'], 'additionalProperties': False}}]}, rule='type')
            try:
                data__backend_is_dict = isinstance(data__backend, dict)
                if data__backend_is_dict:
                    data__backend__missing_keys = set(['type']) - data__backend.keys()
                    if data__backend__missing_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend must contain " + (str(sorted(data__backend__missing_keys)) + " properties"), value=data__backend, name="" + (name_prefix or "data") + ".backend", definition={'properties': {'type': {'const': 'bedrock'}}, 'required': ['type']}, rule='required')
                    data__backend_keys = set(data__backend.keys())
                    if "type" in data__backend_keys:
                        data__backend_keys.remove("type")
                        data__backend__type = data__backend["type"]
                        if data__backend__type != "bedrock":
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.type must be same as const definition: bedrock", value=data__backend__type, name="" + (name_prefix or "data") + ".backend.type", definition={'const': 'bedrock'}, rule='const')
            except JsonSchemaValueException:
                pass
            else:
                data__backend_is_dict = isinstance(data__backend, dict)
                if data__backend_is_dict:
                    data__backend__missing_keys = set(['type']) - data__backend.keys()
                    if data__backend__missing_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend must contain " + (str(sorted(data__backend__missing_keys)) + " properties"), value=data__backend, name="" + (name_prefix or "data") + ".backend", definition={'properties': {'type': {'const': 'bedrock'}, 'model_id': {'type': 'string', 'minLength': 1, 'maxLength': 2048}, 'region': {'type': 'string', 'pattern': '^[a-z]{2}(-[a-z]+)+-[0-9]+$'}, 'endpoint_url': {'type': 'string', 'pattern': '^https?://[^\\s]+$'}}, 'required': ['type'], 'additionalProperties': False}, rule='required')
                    data__backend_keys = set(data__backend.keys())
                    if "type" in data__backend_keys:
                        data__backend_keys.remove("type")
                        data__backend__type = data__backend["type"]
                        if data__backend__type != "bedrock":
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.type must be same as const definition: bedrock", value=data__backend__type, name="" + (name_prefix or "data") + ".backend.type", definition={'const': 'bedrock'}, rule='const')
                    if "model_id" in data__backend_keys:
                        data__backend_keys.remove("model_id")
                        data__backend__modelid = data__backend["model_id"]
                        if not isinstance(data__backend__modelid, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.model_id must be string", value=data__backend__modelid, name="" + (name_prefix or "data") + ".backend.model_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 2048}, rule='type')
                        if isinstance(data__backend__modelid, str):
                            data__backend__modelid_len = len(data__backend__modelid)
                            if data__backend__modelid_len < 1:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.model_id must be longer than or equal to 1 characters", value=data__backend__modelid, name="" + (name_prefix or "data") + ".backend.model_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 2048}, rule='minLength')
                            if data__backend__modelid_len > 2048:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.model_id must be shorter than or equal to 2048 characters", value=data__backend__modelid, name="" + (name_prefix or "data") + ".backend.model_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 2048}, rule='maxLength')
                    if "region" in data__backend_keys:
                        data__backend_keys.remove("region")
                        data__backend__region = data__backend["region"]
                        if not isinstance(data__backend__region, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.region must be string", value=data__backend__region, name="" + (name_prefix or "data") + ".backend.region", definition={'type': 'string', 'pattern': '^[a-z]{2}(-[a-z]+)+-[0-9]+$'}, rule='type')
                        if isinstance(data__backend__region, str):
                            if not REGEX_PATTERNS['^[a-z]{2}(-[a-z]+)+-[0-9]+$'].search(data__backend__region):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.region must match pattern ^[a-z]{2}(-[a-z]+)+-[0-9]+$", value=data__backend__region, name="" + (name_prefix or "data") + ".backend.region", definition={'type': 'string', 'pattern': '^[a-z]{2}(-[a-z]+)+-[0-9]+$'}, rule='pattern')
                    if "endpoint_url" in data__backend_keys:
                        data__backend_keys.remove("endpoint_url")
                        data__backend__endpointurl = data__backend["endpoint_url"]
                        if not isinstance(data__backend__endpointurl, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.endpoint_url must be string", value=data__backend__endpointurl, name="" + (name_prefix or "data") + ".backend.endpoint_url", definition={'type': 'string', 'pattern': '^https?://[^\\s]+$'}, rule='type')
                        if isinstance(data__backend__endpointurl, str):
                            if not REGEX_PATTERNS['^https?://[^\\s]+$'].search(data__backend__endpointurl):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.endpoint_url must match pattern ^https?://[^\\s]+$", value=data__backend__endpointurl, name="" + (name_prefix or "data") + ".backend.endpoint_url", definition={'type': 'string', 'pattern': '^https?://[^\\s]+$'}, rule='pattern')
                    if data__backend_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend must not contain "+str(data__backend_keys)+" properties", value=data__backend, name="" + (name_prefix or "data") + ".backend", definition={'properties': {'type': {'const': 'bedrock'}, 'model_id': {'type': 'string', 'minLength': 1, 'maxLength': 2048}, 'region': {'type': 'string', 'pattern': '^[a-z]{2}(-[a-z]+)+-[0-9]+$'}, 'endpoint_url': {'type': 'string', 'pattern': '^https?://[^\\s]+$'}}, 'required': ['type'], 'additionalProperties': False}, rule='additionalProperties')
            try:
                data__backend_is_dict = isinstance(data__backend, dict)
                if data__backend_is_dict:
                    data__backend__missing_keys = set(['type']) - data__backend.keys()
                    if data__backend__missing_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend must contain " + (str(sorted(data__backend__missing_keys)) + " properties"), value=data__backend, name="" + (name_prefix or "data") + ".backend", definition={'properties': {'type': {'const': 'openai'}}, 'required': ['type']}, rule='required')
                    data__backend_keys = set(data__backend.keys())
                    if "type" in data__backend_keys:
                        data__backend_keys.remove("type")
                        data__backend__type = data__backend["type"]
                        if data__backend__type != "openai":
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.type must be same as const definition: openai", value=data__backend__type, name="" + (name_prefix or "data") + ".backend.type", definition={'const': 'openai'}, rule='const')
            except JsonSchemaValueException:
                pass
            else:
                data__backend_is_dict = isinstance(data__backend, dict)
                if data__backend_is_dict:
                    data__backend__missing_keys = set(['type', 'base_url', 'model']) - data__backend.keys()
                    if data__backend__missing_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend must contain " + (str(sorted(data__backend__missing_keys)) + " properties"), value=data__backend, name="" + (name_prefix or "data") + ".backend", definition={'properties': {'type': {'const': 'openai'}, 'base_url': {'type': 'string', 'pattern': '^https?://[^\\s]+$'}, 'model': {'type': 'string', 'minLength': 1}, 'api_key_env': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$'}}, 'required': ['type', 'base_url', 'model'], 'additionalProperties': False}, rule='required')
                    data__backend_keys = set(data__backend.keys())
                    if "type" in data__backend_keys:
                        data__backend_keys.remove("type")
                        data__backend__type = data__backend["type"]
                        if data__backend__type != "openai":
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.type must be same as const definition: openai", value=data__backend__type, name="" + (name_prefix or "data") + ".backend.type", definition={'const': 'openai'}, rule='const')
                    if "base_url" in data__backend_keys:
                        data__backend_keys.remove("base_url")
                        data__backend__baseurl = data__backend["base_url"]
                        if not isinstance(data__backend__baseurl, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.base_url must be string", value=data__backend__baseurl, name="" + (name_prefix or "data") + ".backend.base_url", definition={'type': 'string', 'pattern': '^https?://[^\\s]+$'}, rule='type')
                        if isinstance(data__backend__baseurl, str):
                            if not REGEX_PATTERNS['^https?://[^\\s]+$'].search(data__backend__baseurl):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.base_url must match pattern ^https?://[^\\s]+$", value=data__backend__baseurl, name="" + (name_prefix or "data") + ".backend.base_url", definition={'type': 'string', 'pattern': '^https?://[^\\s]+$'}, rule='pattern')
                    if "model" in data__backend_keys:
                        data__backend_keys.remove("model")
                        data__backend__model = data__backend["model"]
                        if not isinstance(data__backend__model, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.model must be string", value=data__backend__model, name="" + (name_prefix or "data") + ".backend.model", definition={'type': 'string', 'minLength': 1}, rule='type')
                        if isinstance(data__backend__model, str):
                            data__backend__model_len = len(data__backend__model)
                            if data__backend__model_len < 1:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.model must be longer than or equal to 1 characters", value=data__backend__model, name="" + (name_prefix or "data") + ".backend.model", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                    if "api_key_env" in data__backend_keys:
                        data__backend_keys.remove("api_key_env")
                        data__backend__apikeyenv = data__backend["api_key_env"]
                        if not isinstance(data__backend__apikeyenv, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.api_key_env must be string", value=data__backend__apikeyenv, name="" + (name_prefix or "data") + ".backend.api_key_env", definition={'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$'}, rule='type')
                        if isinstance(data__backend__apikeyenv, str):
                            if not REGEX_PATTERNS['^[A-Za-z_][A-Za-z0-9_]*$'].search(data__backend__apikeyenv):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.api_key_env must match pattern ^[A-Za-z_][A-Za-z0-9_]*$", value=data__backend__apikeyenv, name="" + (name_prefix or "data") + ".backend.api_key_env", definition={'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$'}, rule='pattern')
                    if data__backend_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend must not contain "+str(data__backend_keys)+" properties", value=data__backend, name="" + (name_prefix or "data") + ".backend", definition={'properties': {'type': {'const': 'openai'}, 'base_url': {'type': 'string', 'pattern': '^https?://[^\\s]+$'}, 'model': {'type': 'string', 'minLength': 1}, 'api_key_env': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$'}}, 'required': ['type', 'base_url', 'model'], 'additionalProperties': False}, rule='additionalProperties')
            try:
                data__backend_is_dict = isinstance(data__backend, dict)
                if data__backend_is_dict:
                    data__backend__missing_keys = set(['type']) - data__backend.keys()
                    if data__backend__missing_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend must contain " + (str(sorted(data__backend__missing_keys)) + " properties"), value=data__backend, name="" + (name_prefix or "data") + ".backend", definition={'properties': {'type': {'const': 'replay'}}, 'required': ['type']}, rule='required')
                    data__backend_keys = set(data__backend.keys())
                    if "type" in data__backend_keys:
                        data__backend_keys.remove("type")
                        data__backend__type = data__backend["type"]
                        if data__backend__type != "replay":
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.type must be same as const definition: replay", value=data__backend__type, name="" + (name_prefix or "data") + ".backend.type", definition={'const': 'replay'}, rule='const')
            except JsonSchemaValueException:
                pass
            else:
                data__backend_is_dict = isinstance(data__backend, dict)
                if data__backend_is_dict:
                    data__backend__missing_keys = set(['type']) - data__backend.keys()
                    if data__backend__missing_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend must contain " + (str(sorted(data__backend__missing_keys)) + " properties"), value=data__backend, name="" + (name_prefix or "data") + ".backend", definition={'properties': {'type': {'const': 'replay'}, 'rules': {'type': 'array', 'items': {'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}}, 'default': {'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}}, 'required': ['type'], 'additionalProperties': False}, rule='required')
                    data__backend_keys = set(data__backend.keys())
                    if "type" in data__backend_keys:
                        data__backend_keys.remove("type")
                        data__backend__type = data__backend["type"]
                        if data__backend__type != "replay":
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.type must be same as const definition: replay", value=data__backend__type, name="" + (name_prefix or "data") + ".backend.type", definition={'const': 'replay'}, rule='const')
                    if "rules" in data__backend_keys:
                        data__backend_keys.remove("rules")
                        data__backend__rules = data__backend["rules"]
                        if not isinstance(data__backend__rules, (list, tuple)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.rules must be array", value=data__backend__rules, name="" + (name_prefix or "data") + ".backend.rules", definition={'type': 'array', 'items': {'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}}, rule='type')
                        data__backend__rules_is_list = isinstance(data__backend__rules, (list, tuple))
                        if data__backend__rules_is_list:
                            data__backend__rules_len = len(data__backend__rules)
                            for data__backend__rules_x, data__backend__rules_item in enumerate(data__backend__rules):
                                if not isinstance(data__backend__rules_item, (dict)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}]".format(**locals()) + " must be object", value=data__backend__rules_item, name="" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}, rule='type')
                                data__backend__rules_item_is_dict = isinstance(data__backend__rules_item, dict)
                                if data__backend__rules_item_is_dict:
                                    data__backend__rules_item__missing_keys = set(['reply']) - data__backend__rules_item.keys()
                                    if data__backend__rules_item__missing_keys:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}]".format(**locals()) + " must contain " + (str(sorted(data__backend__rules_item__missing_keys)) + " properties"), value=data__backend__rules_item, name="" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}, rule='required')
                                    data__backend__rules_item_keys = set(data__backend__rules_item.keys())
                                    if "reply" in data__backend__rules_item_keys:
                                        data__backend__rules_item_keys.remove("reply")
                                        data__backend__rules_item__reply = data__backend__rules_item["reply"]
                                        if not isinstance(data__backend__rules_item__reply, (str)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].reply".format(**locals()) + " must be string", value=data__backend__rules_item__reply, name="" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].reply".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                                    if "if_contains" in data__backend__rules_item_keys:
                                        data__backend__rules_item_keys.remove("if_contains")
                                        data__backend__rules_item__ifcontains = data__backend__rules_item["if_contains"]
                                        if not isinstance(data__backend__rules_item__ifcontains, (dict)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].if_contains".format(**locals()) + " must be object", value=data__backend__rules_item__ifcontains, name="" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].if_contains".format(**locals()) + "", definition={'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, rule='type')
                                        data__backend__rules_item__ifcontains_is_dict = isinstance(data__backend__rules_item__ifcontains, dict)
                                        if data__backend__rules_item__ifcontains_is_dict:
                                            data__backend__rules_item__ifcontains_keys = set(data__backend__rules_item__ifcontains.keys())
                                            for data__backend__rules_item__ifcontains_key in data__backend__rules_item__ifcontains_keys:
                                                if data__backend__rules_item__ifcontains_key not in []:
                                                    data__backend__rules_item__ifcontains_value = data__backend__rules_item__ifcontains.get(data__backend__rules_item__ifcontains_key)
                                                    if not isinstance(data__backend__rules_item__ifcontains_value, (str)):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].if_contains.{data__backend__rules_item__ifcontains_key}".format(**locals()) + " must be string", value=data__backend__rules_item__ifcontains_value, name="" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].if_contains.{data__backend__rules_item__ifcontains_key}".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                                                    if isinstance(data__backend__rules_item__ifcontains_value, str):
                                                        data__backend__rules_item__ifcontains_value_len = len(data__backend__rules_item__ifcontains_value)
                                                        if data__backend__rules_item__ifcontains_value_len < 1:
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].if_contains.{data__backend__rules_item__ifcontains_key}".format(**locals()) + " must be longer than or equal to 1 characters", value=data__backend__rules_item__ifcontains_value, name="" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].if_contains.{data__backend__rules_item__ifcontains_key}".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                                            data__backend__rules_item__ifcontains_len = len(data__backend__rules_item__ifcontains)
                                            if data__backend__rules_item__ifcontains_len != 0:
                                                data__backend__rules_item__ifcontains_property_names = True
                                                for data__backend__rules_item__ifcontains_key in data__backend__rules_item__ifcontains:
                                                    try:
                                                        if data__backend__rules_item__ifcontains_key not in ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']:
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].if_contains".format(**locals()) + " must be one of ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']", value=data__backend__rules_item__ifcontains_key, name="" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].if_contains".format(**locals()) + "", definition={'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, rule='enum')
                                                    except JsonSchemaValueException:
                                                        data__backend__rules_item__ifcontains_property_names = False
                                                if not data__backend__rules_item__ifcontains_property_names:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].if_contains".format(**locals()) + " must be named by propertyName definition", value=data__backend__rules_item__ifcontains, name="" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].if_contains".format(**locals()) + "", definition={'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, rule='propertyNames')
                                    if "stop" in data__backend__rules_item_keys:
                                        data__backend__rules_item_keys.remove("stop")
                                        data__backend__rules_item__stop = data__backend__rules_item["stop"]
                                        if data__backend__rules_item__stop not in ['end', 'max_tokens', 'refusal', 'other']:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].stop".format(**locals()) + " must be one of ['end', 'max_tokens', 'refusal', 'other']", value=data__backend__rules_item__stop, name="" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].stop".format(**locals()) + "", definition={'enum': ['end', 'max_tokens', 'refusal', 'other']}, rule='enum')
                                    if "usage" in data__backend__rules_item_keys:
                                        data__backend__rules_item_keys.remove("usage")
                                        data__backend__rules_item__usage = data__backend__rules_item["usage"]
                                        if not isinstance(data__backend__rules_item__usage, (dict)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].usage".format(**locals()) + " must be object", value=data__backend__rules_item__usage, name="" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].usage".format(**locals()) + "", definition={'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}, rule='type')
                                        data__backend__rules_item__usage_is_dict = isinstance(data__backend__rules_item__usage, dict)
                                        if data__backend__rules_item__usage_is_dict:
                                            data__backend__rules_item__usage_keys = set(data__backend__rules_item__usage.keys())
                                            if "input_tokens" in data__backend__rules_item__usage_keys:
                                                data__backend__rules_item__usage_keys.remove("input_tokens")
                                                data__backend__rules_item__usage__inputtokens = data__backend__rules_item__usage["input_tokens"]
                                                if not isinstance(data__backend__rules_item__usage__inputtokens, (int)) and not (isinstance(data__backend__rules_item__usage__inputtokens, float) and data__backend__rules_item__usage__inputtokens.is_integer()) or isinstance(data__backend__rules_item__usage__inputtokens, bool):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].usage.input_tokens".format(**locals()) + " must be integer", value=data__backend__rules_item__usage__inputtokens, name="" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].usage.input_tokens".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0}, rule='type')
                                                if isinstance(data__backend__rules_item__usage__inputtokens, (int, float, Decimal)):
                                                    if data__backend__rules_item__usage__inputtokens < 0:
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].usage.input_tokens".format(**locals()) + " must be bigger than or equal to 0", value=data__backend__rules_item__usage__inputtokens, name="" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].usage.input_tokens".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                                            if "output_tokens" in data__backend__rules_item__usage_keys:
                                                data__backend__rules_item__usage_keys.remove("output_tokens")
                                                data__backend__rules_item__usage__outputtokens = data__backend__rules_item__usage["output_tokens"]
                                                if not isinstance(data__backend__rules_item__usage__outputtokens, (int)) and not (isinstance(data__backend__rules_item__usage__outputtokens, float) and data__backend__rules_item__usage__outputtokens.is_integer()) or isinstance(data__backend__rules_item__usage__outputtokens, bool):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].usage.output_tokens".format(**locals()) + " must be integer", value=data__backend__rules_item__usage__outputtokens, name="" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].usage.output_tokens".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0}, rule='type')
                                                if isinstance(data__backend__rules_item__usage__outputtokens, (int, float, Decimal)):
                                                    if data__backend__rules_item__usage__outputtokens < 0:
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].usage.output_tokens".format(**locals()) + " must be bigger than or equal to 0", value=data__backend__rules_item__usage__outputtokens, name="" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].usage.output_tokens".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                                            if data__backend__rules_item__usage_keys:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].usage".format(**locals()) + " must not contain "+str(data__backend__rules_item__usage_keys)+" properties", value=data__backend__rules_item__usage, name="" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}].usage".format(**locals()) + "", definition={'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}, rule='additionalProperties')
                                    if data__backend__rules_item_keys:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}]".format(**locals()) + " must not contain "+str(data__backend__rules_item_keys)+" properties", value=data__backend__rules_item, name="" + (name_prefix or "data") + ".backend.rules[{data__backend__rules_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}, rule='additionalProperties')
                    if "default" in data__backend_keys:
                        data__backend_keys.remove("default")
                        data__backend__default = data__backend["default"]
                        if not isinstance(data__backend__default, (dict)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.default must be object", value=data__backend__default, name="" + (name_prefix or "data") + ".backend.default", definition={'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}, rule='type')
                        data__backend__default_is_dict = isinstance(data__backend__default, dict)
                        if data__backend__default_is_dict:
                            data__backend__default__missing_keys = set(['reply']) - data__backend__default.keys()
                            if data__backend__default__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.default must contain " + (str(sorted(data__backend__default__missing_keys)) + " properties"), value=data__backend__default, name="" + (name_prefix or "data") + ".backend.default", definition={'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}, rule='required')
                            data__backend__default_keys = set(data__backend__default.keys())
                            if "reply" in data__backend__default_keys:
                                data__backend__default_keys.remove("reply")
                                data__backend__default__reply = data__backend__default["reply"]
                                if not isinstance(data__backend__default__reply, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.default.reply must be string", value=data__backend__default__reply, name="" + (name_prefix or "data") + ".backend.default.reply", definition={'type': 'string'}, rule='type')
                            if "if_contains" in data__backend__default_keys:
                                data__backend__default_keys.remove("if_contains")
                                data__backend__default__ifcontains = data__backend__default["if_contains"]
                                if not isinstance(data__backend__default__ifcontains, (dict)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.default.if_contains must be object", value=data__backend__default__ifcontains, name="" + (name_prefix or "data") + ".backend.default.if_contains", definition={'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, rule='type')
                                data__backend__default__ifcontains_is_dict = isinstance(data__backend__default__ifcontains, dict)
                                if data__backend__default__ifcontains_is_dict:
                                    data__backend__default__ifcontains_keys = set(data__backend__default__ifcontains.keys())
                                    for data__backend__default__ifcontains_key in data__backend__default__ifcontains_keys:
                                        if data__backend__default__ifcontains_key not in []:
                                            data__backend__default__ifcontains_value = data__backend__default__ifcontains.get(data__backend__default__ifcontains_key)
                                            if not isinstance(data__backend__default__ifcontains_value, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.default.if_contains.{data__backend__default__ifcontains_key}".format(**locals()) + " must be string", value=data__backend__default__ifcontains_value, name="" + (name_prefix or "data") + ".backend.default.if_contains.{data__backend__default__ifcontains_key}".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                                            if isinstance(data__backend__default__ifcontains_value, str):
                                                data__backend__default__ifcontains_value_len = len(data__backend__default__ifcontains_value)
                                                if data__backend__default__ifcontains_value_len < 1:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.default.if_contains.{data__backend__default__ifcontains_key}".format(**locals()) + " must be longer than or equal to 1 characters", value=data__backend__default__ifcontains_value, name="" + (name_prefix or "data") + ".backend.default.if_contains.{data__backend__default__ifcontains_key}".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                                    data__backend__default__ifcontains_len = len(data__backend__default__ifcontains)
                                    if data__backend__default__ifcontains_len != 0:
                                        data__backend__default__ifcontains_property_names = True
                                        for data__backend__default__ifcontains_key in data__backend__default__ifcontains:
                                            try:
                                                if data__backend__default__ifcontains_key not in ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.default.if_contains must be one of ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']", value=data__backend__default__ifcontains_key, name="" + (name_prefix or "data") + ".backend.default.if_contains", definition={'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, rule='enum')
                                            except JsonSchemaValueException:
                                                data__backend__default__ifcontains_property_names = False
                                        if not data__backend__default__ifcontains_property_names:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.default.if_contains must be named by propertyName definition", value=data__backend__default__ifcontains, name="" + (name_prefix or "data") + ".backend.default.if_contains", definition={'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, rule='propertyNames')
                            if "stop" in data__backend__default_keys:
                                data__backend__default_keys.remove("stop")
                                data__backend__default__stop = data__backend__default["stop"]
                                if data__backend__default__stop not in ['end', 'max_tokens', 'refusal', 'other']:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.default.stop must be one of ['end', 'max_tokens', 'refusal', 'other']", value=data__backend__default__stop, name="" + (name_prefix or "data") + ".backend.default.stop", definition={'enum': ['end', 'max_tokens', 'refusal', 'other']}, rule='enum')
                            if "usage" in data__backend__default_keys:
                                data__backend__default_keys.remove("usage")
                                data__backend__default__usage = data__backend__default["usage"]
                                if not isinstance(data__backend__default__usage, (dict)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.default.usage must be object", value=data__backend__default__usage, name="" + (name_prefix or "data") + ".backend.default.usage", definition={'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}, rule='type')
                                data__backend__default__usage_is_dict = isinstance(data__backend__default__usage, dict)
                                if data__backend__default__usage_is_dict:
                                    data__backend__default__usage_keys = set(data__backend__default__usage.keys())
                                    if "input_tokens" in data__backend__default__usage_keys:
                                        data__backend__default__usage_keys.remove("input_tokens")
                                        data__backend__default__usage__inputtokens = data__backend__default__usage["input_tokens"]
                                        if not isinstance(data__backend__default__usage__inputtokens, (int)) and not (isinstance(data__backend__default__usage__inputtokens, float) and data__backend__default__usage__inputtokens.is_integer()) or isinstance(data__backend__default__usage__inputtokens, bool):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.default.usage.input_tokens must be integer", value=data__backend__default__usage__inputtokens, name="" + (name_prefix or "data") + ".backend.default.usage.input_tokens", definition={'type': 'integer', 'minimum': 0}, rule='type')
                                        if isinstance(data__backend__default__usage__inputtokens, (int, float, Decimal)):
                                            if data__backend__default__usage__inputtokens < 0:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.default.usage.input_tokens must be bigger than or equal to 0", value=data__backend__default__usage__inputtokens, name="" + (name_prefix or "data") + ".backend.default.usage.input_tokens", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                                    if "output_tokens" in data__backend__default__usage_keys:
                                        data__backend__default__usage_keys.remove("output_tokens")
                                        data__backend__default__usage__outputtokens = data__backend__default__usage["output_tokens"]
                                        if not isinstance(data__backend__default__usage__outputtokens, (int)) and not (isinstance(data__backend__default__usage__outputtokens, float) and data__backend__default__usage__outputtokens.is_integer()) or isinstance(data__backend__default__usage__outputtokens, bool):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.default.usage.output_tokens must be integer", value=data__backend__default__usage__outputtokens, name="" + (name_prefix or "data") + ".backend.default.usage.output_tokens", definition={'type': 'integer', 'minimum': 0}, rule='type')
                                        if isinstance(data__backend__default__usage__outputtokens, (int, float, Decimal)):
                                            if data__backend__default__usage__outputtokens < 0:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.default.usage.output_tokens must be bigger than or equal to 0", value=data__backend__default__usage__outputtokens, name="" + (name_prefix or "data") + ".backend.default.usage.output_tokens", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                                    if data__backend__default__usage_keys:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.default.usage must not contain "+str(data__backend__default__usage_keys)+" properties", value=data__backend__default__usage, name="" + (name_prefix or "data") + ".backend.default.usage", definition={'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}, rule='additionalProperties')
                            if data__backend__default_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.default must not contain "+str(data__backend__default_keys)+" properties", value=data__backend__default, name="" + (name_prefix or "data") + ".backend.default", definition={'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}, rule='additionalProperties')
                    if data__backend_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend must not contain "+str(data__backend_keys)+" properties", value=data__backend, name="" + (name_prefix or "data") + ".backend", definition={'properties': {'type': {'const': 'replay'}, 'rules': {'type': 'array', 'items': {'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}}, 'default': {'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}}, 'required': ['type'], 'additionalProperties': False}, rule='additionalProperties')
            data__backend_is_dict = isinstance(data__backend, dict)
            if data__backend_is_dict:
                data__backend__missing_keys = set(['type']) - data__backend.keys()
                if data__backend__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend must contain " + (str(sorted(data__backend__missing_keys)) + " properties"), value=data__backend, name="" + (name_prefix or "data") + ".backend", definition={'type': 'object', 'properties': {'type': {'enum': ['bedrock', 'openai', 'replay']}}, 'required': ['type'], 'allOf': [{'if': {'properties': {'type': {'const': 'bedrock'}}, 'required': ['type']}, 'then': {'properties': {'type': {'const': 'bedrock'}, 'model_id': {'type': 'string', 'minLength': 1, 'maxLength': 2048}, 'region': {'type': 'string', 'pattern': '^[a-z]{2}(-[a-z]+)+-[0-9]+$'}, 'endpoint_url': {'type': 'string', 'pattern': '^https?://[^\\s]+$'}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'properties': {'type': {'const': 'openai'}}, 'required': ['type']}, 'then': {'properties': {'type': {'const': 'openai'}, 'base_url': {'type': 'string', 'pattern': '^https?://[^\\s]+$'}, 'model': {'type': 'string', 'minLength': 1}, 'api_key_env': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$'}}, 'required': ['type', 'base_url', 'model'], 'additionalProperties': False}}, {'if': {'properties': {'type': {'const': 'replay'}}, 'required': ['type']}, 'then': {'properties': {'type': {'const': 'replay'}, 'rules': {'type': 'array', 'items': {'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}}, 'default': {'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}}, 'required': ['type'], 'additionalProperties': False}}]}, rule='required')
                data__backend_keys = set(data__backend.keys())
                if "type" in data__backend_keys:
                    data__backend_keys.remove("type")
                    data__backend__type = data__backend["type"]
                    if data__backend__type not in ['bedrock', 'openai', 'replay']:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".backend.type must be one of ['bedrock', 'openai', 'replay']", value=data__backend__type, name="" + (name_prefix or "data") + ".backend.type", definition={'enum': ['bedrock', 'openai', 'replay']}, rule='enum')
        if "max_tokens" in data_keys:
            data_keys.remove("max_tokens")
            data__maxtokens = data["max_tokens"]
            if not isinstance(data__maxtokens, (int)) and not (isinstance(data__maxtokens, float) and data__maxtokens.is_integer()) or isinstance(data__maxtokens, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_tokens must be integer", value=data__maxtokens, name="" + (name_prefix or "data") + ".max_tokens", definition={'type': 'integer', 'minimum': 16, 'maximum': 8192}, rule='type')
            if isinstance(data__maxtokens, (int, float, Decimal)):
                if data__maxtokens < 16:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_tokens must be bigger than or equal to 16", value=data__maxtokens, name="" + (name_prefix or "data") + ".max_tokens", definition={'type': 'integer', 'minimum': 16, 'maximum': 8192}, rule='minimum')
                if data__maxtokens > 8192:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_tokens must be smaller than or equal to 8192", value=data__maxtokens, name="" + (name_prefix or "data") + ".max_tokens", definition={'type': 'integer', 'minimum': 16, 'maximum': 8192}, rule='maximum')
        if "json_mode" in data_keys:
            data_keys.remove("json_mode")
            data__jsonmode = data["json_mode"]
            if not isinstance(data__jsonmode, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".json_mode must be boolean", value=data__jsonmode, name="" + (name_prefix or "data") + ".json_mode", definition={'type': 'boolean'}, rule='type')
        if "concurrency" in data_keys:
            data_keys.remove("concurrency")
            data__concurrency = data["concurrency"]
            if not isinstance(data__concurrency, (int)) and not (isinstance(data__concurrency, float) and data__concurrency.is_integer()) or isinstance(data__concurrency, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".concurrency must be integer", value=data__concurrency, name="" + (name_prefix or "data") + ".concurrency", definition={'type': 'integer', 'minimum': 1, 'maximum': 64}, rule='type')
            if isinstance(data__concurrency, (int, float, Decimal)):
                if data__concurrency < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".concurrency must be bigger than or equal to 1", value=data__concurrency, name="" + (name_prefix or "data") + ".concurrency", definition={'type': 'integer', 'minimum': 1, 'maximum': 64}, rule='minimum')
                if data__concurrency > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".concurrency must be smaller than or equal to 64", value=data__concurrency, name="" + (name_prefix or "data") + ".concurrency", definition={'type': 'integer', 'minimum': 1, 'maximum': 64}, rule='maximum')
        if "adaptive_concurrency" in data_keys:
            data_keys.remove("adaptive_concurrency")
            data__adaptiveconcurrency = data["adaptive_concurrency"]
            if not isinstance(data__adaptiveconcurrency, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".adaptive_concurrency must be boolean", value=data__adaptiveconcurrency, name="" + (name_prefix or "data") + ".adaptive_concurrency", definition={'type': 'boolean'}, rule='type')
        if "request_timeout_s" in data_keys:
            data_keys.remove("request_timeout_s")
            data__requesttimeouts = data["request_timeout_s"]
            if not isinstance(data__requesttimeouts, (int, float, Decimal)) or isinstance(data__requesttimeouts, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".request_timeout_s must be number", value=data__requesttimeouts, name="" + (name_prefix or "data") + ".request_timeout_s", definition={'type': 'number', 'minimum': 1, 'maximum': 900}, rule='type')
            if isinstance(data__requesttimeouts, (int, float, Decimal)):
                if data__requesttimeouts < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".request_timeout_s must be bigger than or equal to 1", value=data__requesttimeouts, name="" + (name_prefix or "data") + ".request_timeout_s", definition={'type': 'number', 'minimum': 1, 'maximum': 900}, rule='minimum')
                if data__requesttimeouts > 900:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".request_timeout_s must be smaller than or equal to 900", value=data__requesttimeouts, name="" + (name_prefix or "data") + ".request_timeout_s", definition={'type': 'number', 'minimum': 1, 'maximum': 900}, rule='maximum')
        if "retry" in data_keys:
            data_keys.remove("retry")
            data__retry = data["retry"]
            if not isinstance(data__retry, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".retry must be object", value=data__retry, name="" + (name_prefix or "data") + ".retry", definition={'type': 'object', 'properties': {'max_attempts': {'type': 'integer', 'minimum': 1, 'maximum': 10}, 'base_delay_s': {'type': 'number', 'minimum': 0, 'maximum': 60}, 'max_delay_s': {'type': 'number', 'minimum': 0, 'maximum': 120}, 'min_attempt_s': {'type': 'number', 'minimum': 0, 'maximum': 120}}, 'additionalProperties': False}, rule='type')
            data__retry_is_dict = isinstance(data__retry, dict)
            if data__retry_is_dict:
                data__retry_keys = set(data__retry.keys())
                if "max_attempts" in data__retry_keys:
                    data__retry_keys.remove("max_attempts")
                    data__retry__maxattempts = data__retry["max_attempts"]
                    if not isinstance(data__retry__maxattempts, (int)) and not (isinstance(data__retry__maxattempts, float) and data__retry__maxattempts.is_integer()) or isinstance(data__retry__maxattempts, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".retry.max_attempts must be integer", value=data__retry__maxattempts, name="" + (name_prefix or "data") + ".retry.max_attempts", definition={'type': 'integer', 'minimum': 1, 'maximum': 10}, rule='type')
                    if isinstance(data__retry__maxattempts, (int, float, Decimal)):
                        if data__retry__maxattempts < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".retry.max_attempts must be bigger than or equal to 1", value=data__retry__maxattempts, name="" + (name_prefix or "data") + ".retry.max_attempts", definition={'type': 'integer', 'minimum': 1, 'maximum': 10}, rule='minimum')
                        if data__retry__maxattempts > 10:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".retry.max_attempts must be smaller than or equal to 10", value=data__retry__maxattempts, name="" + (name_prefix or "data") + ".retry.max_attempts", definition={'type': 'integer', 'minimum': 1, 'maximum': 10}, rule='maximum')
                if "base_delay_s" in data__retry_keys:
                    data__retry_keys.remove("base_delay_s")
                    data__retry__basedelays = data__retry["base_delay_s"]
                    if not isinstance(data__retry__basedelays, (int, float, Decimal)) or isinstance(data__retry__basedelays, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".retry.base_delay_s must be number", value=data__retry__basedelays, name="" + (name_prefix or "data") + ".retry.base_delay_s", definition={'type': 'number', 'minimum': 0, 'maximum': 60}, rule='type')
                    if isinstance(data__retry__basedelays, (int, float, Decimal)):
                        if data__retry__basedelays < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".retry.base_delay_s must be bigger than or equal to 0", value=data__retry__basedelays, name="" + (name_prefix or "data") + ".retry.base_delay_s", definition={'type': 'number', 'minimum': 0, 'maximum': 60}, rule='minimum')
                        if data__retry__basedelays > 60:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".retry.base_delay_s must be smaller than or equal to 60", value=data__retry__basedelays, name="" + (name_prefix or "data") + ".retry.base_delay_s", definition={'type': 'number', 'minimum': 0, 'maximum': 60}, rule='maximum')
                if "max_delay_s" in data__retry_keys:
                    data__retry_keys.remove("max_delay_s")
                    data__retry__maxdelays = data__retry["max_delay_s"]
                    if not isinstance(data__retry__maxdelays, (int, float, Decimal)) or isinstance(data__retry__maxdelays, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".retry.max_delay_s must be number", value=data__retry__maxdelays, name="" + (name_prefix or "data") + ".retry.max_delay_s", definition={'type': 'number', 'minimum': 0, 'maximum': 120}, rule='type')
                    if isinstance(data__retry__maxdelays, (int, float, Decimal)):
                        if data__retry__maxdelays < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".retry.max_delay_s must be bigger than or equal to 0", value=data__retry__maxdelays, name="" + (name_prefix or "data") + ".retry.max_delay_s", definition={'type': 'number', 'minimum': 0, 'maximum': 120}, rule='minimum')
                        if data__retry__maxdelays > 120:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".retry.max_delay_s must be smaller than or equal to 120", value=data__retry__maxdelays, name="" + (name_prefix or "data") + ".retry.max_delay_s", definition={'type': 'number', 'minimum': 0, 'maximum': 120}, rule='maximum')
                if "min_attempt_s" in data__retry_keys:
                    data__retry_keys.remove("min_attempt_s")
                    data__retry__minattempts = data__retry["min_attempt_s"]
                    if not isinstance(data__retry__minattempts, (int, float, Decimal)) or isinstance(data__retry__minattempts, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".retry.min_attempt_s must be number", value=data__retry__minattempts, name="" + (name_prefix or "data") + ".retry.min_attempt_s", definition={'type': 'number', 'minimum': 0, 'maximum': 120}, rule='type')
                    if isinstance(data__retry__minattempts, (int, float, Decimal)):
                        if data__retry__minattempts < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".retry.min_attempt_s must be bigger than or equal to 0", value=data__retry__minattempts, name="" + (name_prefix or "data") + ".retry.min_attempt_s", definition={'type': 'number', 'minimum': 0, 'maximum': 120}, rule='minimum')
                        if data__retry__minattempts > 120:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".retry.min_attempt_s must be smaller than or equal to 120", value=data__retry__minattempts, name="" + (name_prefix or "data") + ".retry.min_attempt_s", definition={'type': 'number', 'minimum': 0, 'maximum': 120}, rule='maximum')
                if data__retry_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".retry must not contain "+str(data__retry_keys)+" properties", value=data__retry, name="" + (name_prefix or "data") + ".retry", definition={'type': 'object', 'properties': {'max_attempts': {'type': 'integer', 'minimum': 1, 'maximum': 10}, 'base_delay_s': {'type': 'number', 'minimum': 0, 'maximum': 60}, 'max_delay_s': {'type': 'number', 'minimum': 0, 'maximum': 120}, 'min_attempt_s': {'type': 'number', 'minimum': 0, 'maximum': 120}}, 'additionalProperties': False}, rule='additionalProperties')
        if "out_of_range" in data_keys:
            data_keys.remove("out_of_range")
            data__outofrange = data["out_of_range"]
            if data__outofrange not in ['error', 'clamp']:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".out_of_range must be one of ['error', 'clamp']", value=data__outofrange, name="" + (name_prefix or "data") + ".out_of_range", definition={'enum': ['error', 'clamp']}, rule='enum')
        if "trivial_phrases" in data_keys:
            data_keys.remove("trivial_phrases")
            data__trivialphrases = data["trivial_phrases"]
            if not isinstance(data__trivialphrases, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".trivial_phrases must be array", value=data__trivialphrases, name="" + (name_prefix or "data") + ".trivial_phrases", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__trivialphrases_is_list = isinstance(data__trivialphrases, (list, tuple))
            if data__trivialphrases_is_list:
                data__trivialphrases_len = len(data__trivialphrases)
                for data__trivialphrases_x, data__trivialphrases_item in enumerate(data__trivialphrases):
                    if not isinstance(data__trivialphrases_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".trivial_phrases[{data__trivialphrases_x}]".format(**locals()) + " must be string", value=data__trivialphrases_item, name="" + (name_prefix or "data") + ".trivial_phrases[{data__trivialphrases_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__trivialphrases_item, str):
                        data__trivialphrases_item_len = len(data__trivialphrases_item)
                        if data__trivialphrases_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".trivial_phrases[{data__trivialphrases_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__trivialphrases_item, name="" + (name_prefix or "data") + ".trivial_phrases[{data__trivialphrases_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "guardrail" in data_keys:
            data_keys.remove("guardrail")
            data__guardrail = data["guardrail"]
            if not isinstance(data__guardrail, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".guardrail must be object", value=data__guardrail, name="" + (name_prefix or "data") + ".guardrail", definition={'type': 'object', 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+$|^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:[0-9]{12}:guardrail/[a-z0-9]+$'}, 'version': {'type': 'string', 'pattern': '^([1-9][0-9]{0,7}|DRAFT)$'}, 'region': {'type': 'string', 'pattern': '^[a-z]{2}(-[a-z]+)+-[0-9]+$'}}, 'additionalProperties': False}, rule='type')
            data__guardrail_is_dict = isinstance(data__guardrail, dict)
            if data__guardrail_is_dict:
                data__guardrail_keys = set(data__guardrail.keys())
                if "id" in data__guardrail_keys:
                    data__guardrail_keys.remove("id")
                    data__guardrail__id = data__guardrail["id"]
                    if not isinstance(data__guardrail__id, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".guardrail.id must be string", value=data__guardrail__id, name="" + (name_prefix or "data") + ".guardrail.id", definition={'type': 'string', 'pattern': '^[a-z0-9]+$|^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:[0-9]{12}:guardrail/[a-z0-9]+$'}, rule='type')
                    if isinstance(data__guardrail__id, str):
                        if not REGEX_PATTERNS['^[a-z0-9]+$|^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:[0-9]{12}:guardrail/[a-z0-9]+$'].search(data__guardrail__id):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".guardrail.id must match pattern ^[a-z0-9]+$|^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:[0-9]{12}:guardrail/[a-z0-9]+$", value=data__guardrail__id, name="" + (name_prefix or "data") + ".guardrail.id", definition={'type': 'string', 'pattern': '^[a-z0-9]+$|^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:[0-9]{12}:guardrail/[a-z0-9]+$'}, rule='pattern')
                if "version" in data__guardrail_keys:
                    data__guardrail_keys.remove("version")
                    data__guardrail__version = data__guardrail["version"]
                    if not isinstance(data__guardrail__version, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".guardrail.version must be string", value=data__guardrail__version, name="" + (name_prefix or "data") + ".guardrail.version", definition={'type': 'string', 'pattern': '^([1-9][0-9]{0,7}|DRAFT)$'}, rule='type')
                    if isinstance(data__guardrail__version, str):
                        if not REGEX_PATTERNS['^([1-9][0-9]{0,7}|DRAFT)$'].search(data__guardrail__version):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".guardrail.version must match pattern ^([1-9][0-9]{0,7}|DRAFT)$", value=data__guardrail__version, name="" + (name_prefix or "data") + ".guardrail.version", definition={'type': 'string', 'pattern': '^([1-9][0-9]{0,7}|DRAFT)$'}, rule='pattern')
                if "region" in data__guardrail_keys:
                    data__guardrail_keys.remove("region")
                    data__guardrail__region = data__guardrail["region"]
                    if not isinstance(data__guardrail__region, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".guardrail.region must be string", value=data__guardrail__region, name="" + (name_prefix or "data") + ".guardrail.region", definition={'type': 'string', 'pattern': '^[a-z]{2}(-[a-z]+)+-[0-9]+$'}, rule='type')
                    if isinstance(data__guardrail__region, str):
                        if not REGEX_PATTERNS['^[a-z]{2}(-[a-z]+)+-[0-9]+$'].search(data__guardrail__region):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".guardrail.region must match pattern ^[a-z]{2}(-[a-z]+)+-[0-9]+$", value=data__guardrail__region, name="" + (name_prefix or "data") + ".guardrail.region", definition={'type': 'string', 'pattern': '^[a-z]{2}(-[a-z]+)+-[0-9]+$'}, rule='pattern')
                if data__guardrail_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".guardrail must not contain "+str(data__guardrail_keys)+" properties", value=data__guardrail, name="" + (name_prefix or "data") + ".guardrail", definition={'type': 'object', 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+$|^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:[0-9]{12}:guardrail/[a-z0-9]+$'}, 'version': {'type': 'string', 'pattern': '^([1-9][0-9]{0,7}|DRAFT)$'}, 'region': {'type': 'string', 'pattern': '^[a-z]{2}(-[a-z]+)+-[0-9]+$'}}, 'additionalProperties': False}, rule='additionalProperties')
        if "rate_limit" in data_keys:
            data_keys.remove("rate_limit")
            data__ratelimit = data["rate_limit"]
            if not isinstance(data__ratelimit, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rate_limit must be object", value=data__ratelimit, name="" + (name_prefix or "data") + ".rate_limit", definition={'type': 'object', 'properties': {'requests_per_minute': {'type': 'number', 'exclusiveMinimum': 0}, 'tokens_per_minute': {'type': 'number', 'exclusiveMinimum': 0}}, 'minProperties': 1, 'additionalProperties': False}, rule='type')
            data__ratelimit_is_dict = isinstance(data__ratelimit, dict)
            if data__ratelimit_is_dict:
                data__ratelimit_len = len(data__ratelimit)
                if data__ratelimit_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".rate_limit must contain at least 1 properties", value=data__ratelimit, name="" + (name_prefix or "data") + ".rate_limit", definition={'type': 'object', 'properties': {'requests_per_minute': {'type': 'number', 'exclusiveMinimum': 0}, 'tokens_per_minute': {'type': 'number', 'exclusiveMinimum': 0}}, 'minProperties': 1, 'additionalProperties': False}, rule='minProperties')
                data__ratelimit_keys = set(data__ratelimit.keys())
                if "requests_per_minute" in data__ratelimit_keys:
                    data__ratelimit_keys.remove("requests_per_minute")
                    data__ratelimit__requestsperminute = data__ratelimit["requests_per_minute"]
                    if not isinstance(data__ratelimit__requestsperminute, (int, float, Decimal)) or isinstance(data__ratelimit__requestsperminute, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rate_limit.requests_per_minute must be number", value=data__ratelimit__requestsperminute, name="" + (name_prefix or "data") + ".rate_limit.requests_per_minute", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='type')
                    if isinstance(data__ratelimit__requestsperminute, (int, float, Decimal)):
                        if data__ratelimit__requestsperminute <= 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".rate_limit.requests_per_minute must be bigger than 0", value=data__ratelimit__requestsperminute, name="" + (name_prefix or "data") + ".rate_limit.requests_per_minute", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='exclusiveMinimum')
                if "tokens_per_minute" in data__ratelimit_keys:
                    data__ratelimit_keys.remove("tokens_per_minute")
                    data__ratelimit__tokensperminute = data__ratelimit["tokens_per_minute"]
                    if not isinstance(data__ratelimit__tokensperminute, (int, float, Decimal)) or isinstance(data__ratelimit__tokensperminute, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rate_limit.tokens_per_minute must be number", value=data__ratelimit__tokensperminute, name="" + (name_prefix or "data") + ".rate_limit.tokens_per_minute", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='type')
                    if isinstance(data__ratelimit__tokensperminute, (int, float, Decimal)):
                        if data__ratelimit__tokensperminute <= 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".rate_limit.tokens_per_minute must be bigger than 0", value=data__ratelimit__tokensperminute, name="" + (name_prefix or "data") + ".rate_limit.tokens_per_minute", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='exclusiveMinimum')
                if data__ratelimit_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".rate_limit must not contain "+str(data__ratelimit_keys)+" properties", value=data__ratelimit, name="" + (name_prefix or "data") + ".rate_limit", definition={'type': 'object', 'properties': {'requests_per_minute': {'type': 'number', 'exclusiveMinimum': 0}, 'tokens_per_minute': {'type': 'number', 'exclusiveMinimum': 0}}, 'minProperties': 1, 'additionalProperties': False}, rule='additionalProperties')
        if "verdict_cache" in data_keys:
            data_keys.remove("verdict_cache")
            data__verdictcache = data["verdict_cache"]
            if not isinstance(data__verdictcache, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".verdict_cache must be boolean", value=data__verdictcache, name="" + (name_prefix or "data") + ".verdict_cache", definition={'type': 'boolean'}, rule='type')
        if "injection_screen" in data_keys:
            data_keys.remove("injection_screen")
            data__injectionscreen = data["injection_screen"]
            if not isinstance(data__injectionscreen, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".injection_screen must be object", value=data__injectionscreen, name="" + (name_prefix or "data") + ".injection_screen", definition={'type': 'object', 'properties': {'enabled': {'type': 'boolean'}, 'ignore': {'type': 'array', 'items': {'enum': ['addressed_verdict', 'addressee', 'authority', 'chat_token', 'claim', 'command', 'concealed', 'delimiter', 'fake_verdict', 'override', 'roleplay', 'speaking_as', 'turn', 'verdict_demand']}, 'uniqueItems': True}}, 'additionalProperties': False}, rule='type')
            data__injectionscreen_is_dict = isinstance(data__injectionscreen, dict)
            if data__injectionscreen_is_dict:
                data__injectionscreen_keys = set(data__injectionscreen.keys())
                if "enabled" in data__injectionscreen_keys:
                    data__injectionscreen_keys.remove("enabled")
                    data__injectionscreen__enabled = data__injectionscreen["enabled"]
                    if not isinstance(data__injectionscreen__enabled, (bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".injection_screen.enabled must be boolean", value=data__injectionscreen__enabled, name="" + (name_prefix or "data") + ".injection_screen.enabled", definition={'type': 'boolean'}, rule='type')
                if "ignore" in data__injectionscreen_keys:
                    data__injectionscreen_keys.remove("ignore")
                    data__injectionscreen__ignore = data__injectionscreen["ignore"]
                    if not isinstance(data__injectionscreen__ignore, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".injection_screen.ignore must be array", value=data__injectionscreen__ignore, name="" + (name_prefix or "data") + ".injection_screen.ignore", definition={'type': 'array', 'items': {'enum': ['addressed_verdict', 'addressee', 'authority', 'chat_token', 'claim', 'command', 'concealed', 'delimiter', 'fake_verdict', 'override', 'roleplay', 'speaking_as', 'turn', 'verdict_demand']}, 'uniqueItems': True}, rule='type')
                    data__injectionscreen__ignore_is_list = isinstance(data__injectionscreen__ignore, (list, tuple))
                    if data__injectionscreen__ignore_is_list:
                        def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else str(var) if isinstance(var, bool) else var
                        data__injectionscreen__ignore_len = len(data__injectionscreen__ignore)
                        if data__injectionscreen__ignore_len > len(set(fn(data__injectionscreen__ignore_x) for data__injectionscreen__ignore_x in data__injectionscreen__ignore)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".injection_screen.ignore must contain unique items", value=data__injectionscreen__ignore, name="" + (name_prefix or "data") + ".injection_screen.ignore", definition={'type': 'array', 'items': {'enum': ['addressed_verdict', 'addressee', 'authority', 'chat_token', 'claim', 'command', 'concealed', 'delimiter', 'fake_verdict', 'override', 'roleplay', 'speaking_as', 'turn', 'verdict_demand']}, 'uniqueItems': True}, rule='uniqueItems')
                        for data__injectionscreen__ignore_x, data__injectionscreen__ignore_item in enumerate(data__injectionscreen__ignore):
                            if data__injectionscreen__ignore_item not in ['addressed_verdict', 'addressee', 'authority', 'chat_token', 'claim', 'command', 'concealed', 'delimiter', 'fake_verdict', 'override', 'roleplay', 'speaking_as', 'turn', 'verdict_demand']:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".injection_screen.ignore[{data__injectionscreen__ignore_x}]".format(**locals()) + " must be one of ['addressed_verdict', 'addressee', 'authority', 'chat_token', 'claim', 'command', 'concealed', 'delimiter', 'fake_verdict', 'override', 'roleplay', 'speaking_as', 'turn', 'verdict_demand']", value=data__injectionscreen__ignore_item, name="" + (name_prefix or "data") + ".injection_screen.ignore[{data__injectionscreen__ignore_x}]".format(**locals()) + "", definition={'enum': ['addressed_verdict', 'addressee', 'authority', 'chat_token', 'claim', 'command', 'concealed', 'delimiter', 'fake_verdict', 'override', 'roleplay', 'speaking_as', 'turn', 'verdict_demand']}, rule='enum')
                if data__injectionscreen_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".injection_screen must not contain "+str(data__injectionscreen_keys)+" properties", value=data__injectionscreen, name="" + (name_prefix or "data") + ".injection_screen", definition={'type': 'object', 'properties': {'enabled': {'type': 'boolean'}, 'ignore': {'type': 'array', 'items': {'enum': ['addressed_verdict', 'addressee', 'authority', 'chat_token', 'claim', 'command', 'concealed', 'delimiter', 'fake_verdict', 'override', 'roleplay', 'speaking_as', 'turn', 'verdict_demand']}, 'uniqueItems': True}}, 'additionalProperties': False}, rule='additionalProperties')
        if "counterfactual" in data_keys:
            data_keys.remove("counterfactual")
            data__counterfactual = data["counterfactual"]
            if not isinstance(data__counterfactual, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".counterfactual must be object", value=data__counterfactual, name="" + (name_prefix or "data") + ".counterfactual", definition={'type': 'object', 'properties': {'enabled': {'type': 'boolean'}, 'wrong_reference_field': {'type': 'string', 'minLength': 1}, 'min_gap': {'type': 'number', 'exclusiveMinimum': 0, 'maximum': 1}, 'canary': {'type': 'boolean'}}, 'additionalProperties': False}, rule='type')
            data__counterfactual_is_dict = isinstance(data__counterfactual, dict)
            if data__counterfactual_is_dict:
                data__counterfactual_keys = set(data__counterfactual.keys())
                if "enabled" in data__counterfactual_keys:
                    data__counterfactual_keys.remove("enabled")
                    data__counterfactual__enabled = data__counterfactual["enabled"]
                    if not isinstance(data__counterfactual__enabled, (bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".counterfactual.enabled must be boolean", value=data__counterfactual__enabled, name="" + (name_prefix or "data") + ".counterfactual.enabled", definition={'type': 'boolean'}, rule='type')
                if "wrong_reference_field" in data__counterfactual_keys:
                    data__counterfactual_keys.remove("wrong_reference_field")
                    data__counterfactual__wrongreferencefield = data__counterfactual["wrong_reference_field"]
                    if not isinstance(data__counterfactual__wrongreferencefield, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".counterfactual.wrong_reference_field must be string", value=data__counterfactual__wrongreferencefield, name="" + (name_prefix or "data") + ".counterfactual.wrong_reference_field", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__counterfactual__wrongreferencefield, str):
                        data__counterfactual__wrongreferencefield_len = len(data__counterfactual__wrongreferencefield)
                        if data__counterfactual__wrongreferencefield_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".counterfactual.wrong_reference_field must be longer than or equal to 1 characters", value=data__counterfactual__wrongreferencefield, name="" + (name_prefix or "data") + ".counterfactual.wrong_reference_field", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                if "min_gap" in data__counterfactual_keys:
                    data__counterfactual_keys.remove("min_gap")
                    data__counterfactual__mingap = data__counterfactual["min_gap"]
                    if not isinstance(data__counterfactual__mingap, (int, float, Decimal)) or isinstance(data__counterfactual__mingap, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".counterfactual.min_gap must be number", value=data__counterfactual__mingap, name="" + (name_prefix or "data") + ".counterfactual.min_gap", definition={'type': 'number', 'exclusiveMinimum': 0, 'maximum': 1}, rule='type')
                    if isinstance(data__counterfactual__mingap, (int, float, Decimal)):
                        if data__counterfactual__mingap > 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".counterfactual.min_gap must be smaller than or equal to 1", value=data__counterfactual__mingap, name="" + (name_prefix or "data") + ".counterfactual.min_gap", definition={'type': 'number', 'exclusiveMinimum': 0, 'maximum': 1}, rule='maximum')
                        if data__counterfactual__mingap <= 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".counterfactual.min_gap must be bigger than 0", value=data__counterfactual__mingap, name="" + (name_prefix or "data") + ".counterfactual.min_gap", definition={'type': 'number', 'exclusiveMinimum': 0, 'maximum': 1}, rule='exclusiveMinimum')
                if "canary" in data__counterfactual_keys:
                    data__counterfactual_keys.remove("canary")
                    data__counterfactual__canary = data__counterfactual["canary"]
                    if not isinstance(data__counterfactual__canary, (bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".counterfactual.canary must be boolean", value=data__counterfactual__canary, name="" + (name_prefix or "data") + ".counterfactual.canary", definition={'type': 'boolean'}, rule='type')
                if data__counterfactual_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".counterfactual must not contain "+str(data__counterfactual_keys)+" properties", value=data__counterfactual, name="" + (name_prefix or "data") + ".counterfactual", definition={'type': 'object', 'properties': {'enabled': {'type': 'boolean'}, 'wrong_reference_field': {'type': 'string', 'minLength': 1}, 'min_gap': {'type': 'number', 'exclusiveMinimum': 0, 'maximum': 1}, 'canary': {'type': 'boolean'}}, 'additionalProperties': False}, rule='additionalProperties')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'judge'}, 'preset': {'enum': ['custom', 'instruction_following', 'rag_faithfulness', 'reasoning', 'reference_correctness', 'summarization']}, 'preset_version': {'type': 'integer', 'minimum': 1}, 'name': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]{0,63}$'}, 'criteria': {'type': 'array', 'minItems': 1, 'maxItems': 20, 'items': {'type': 'object', 'properties': {'name': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]{0,39}$'}, 'description': {'type': 'string', 'minLength': 1, 'maxLength': 2000}, 'weight': {'type': 'number', 'exclusiveMinimum': 0}}, 'required': ['name', 'description'], 'additionalProperties': False}}, 'scale': {'type': 'array', 'items': {'type': 'number'}, 'minItems': 2, 'maxItems': 2}, 'instructions': {'type': 'string', 'minLength': 1, 'maxLength': 4000}, 'context_field': {'type': 'string', 'minLength': 1}, 'response_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'backend': {'type': 'object', 'properties': {'type': {'enum': ['bedrock', 'openai', 'replay']}}, 'required': ['type'], 'allOf': [{'if': {'properties': {'type': {'const': 'bedrock'}}, 'required': ['type']}, 'then': {'properties': {'type': {'const': 'bedrock'}, 'model_id': {'type': 'string', 'minLength': 1, 'maxLength': 2048}, 'region': {'type': 'string', 'pattern': '^[a-z]{2}(-[a-z]+)+-[0-9]+$'}, 'endpoint_url': {'type': 'string', 'pattern': '^https?://[^\\s]+$'}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'properties': {'type': {'const': 'openai'}}, 'required': ['type']}, 'then': {'properties': {'type': {'const': 'openai'}, 'base_url': {'type': 'string', 'pattern': '^https?://[^\\s]+$'}, 'model': {'type': 'string', 'minLength': 1}, 'api_key_env': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$'}}, 'required': ['type', 'base_url', 'model'], 'additionalProperties': False}}, {'if': {'properties': {'type': {'const': 'replay'}}, 'required': ['type']}, 'then': {'properties': {'type': {'const': 'replay'}, 'rules': {'type': 'array', 'items': {'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}}, 'default': {'type': 'object', 'properties': {'reply': {'type': 'string'}, 'if_contains': {'type': 'object', 'propertyNames': {'enum': ['conversation', 'prompt', 'response', 'reference', 'context', 'criteria', 'instructions']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'stop': {'enum': ['end', 'max_tokens', 'refusal', 'other']}, 'usage': {'type': 'object', 'properties': {'input_tokens': {'type': 'integer', 'minimum': 0}, 'output_tokens': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}}, 'required': ['reply'], 'additionalProperties': False}}, 'required': ['type'], 'additionalProperties': False}}]}, 'max_tokens': {'type': 'integer', 'minimum': 16, 'maximum': 8192}, 'json_mode': {'type': 'boolean'}, 'concurrency': {'type': 'integer', 'minimum': 1, 'maximum': 64}, 'adaptive_concurrency': {'type': 'boolean'}, 'request_timeout_s': {'type': 'number', 'minimum': 1, 'maximum': 900}, 'retry': {'type': 'object', 'properties': {'max_attempts': {'type': 'integer', 'minimum': 1, 'maximum': 10}, 'base_delay_s': {'type': 'number', 'minimum': 0, 'maximum': 60}, 'max_delay_s': {'type': 'number', 'minimum': 0, 'maximum': 120}, 'min_attempt_s': {'type': 'number', 'minimum': 0, 'maximum': 120}}, 'additionalProperties': False}, 'out_of_range': {'enum': ['error', 'clamp']}, 'trivial_phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'guardrail': {'type': 'object', 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+$|^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:[0-9]{12}:guardrail/[a-z0-9]+$'}, 'version': {'type': 'string', 'pattern': '^([1-9][0-9]{0,7}|DRAFT)$'}, 'region': {'type': 'string', 'pattern': '^[a-z]{2}(-[a-z]+)+-[0-9]+$'}}, 'additionalProperties': False}, 'rate_limit': {'type': 'object', 'properties': {'requests_per_minute': {'type': 'number', 'exclusiveMinimum': 0}, 'tokens_per_minute': {'type': 'number', 'exclusiveMinimum': 0}}, 'minProperties': 1, 'additionalProperties': False}, 'verdict_cache': {'type': 'boolean'}, 'injection_screen': {'type': 'object', 'properties': {'enabled': {'type': 'boolean'}, 'ignore': {'type': 'array', 'items': {'enum': ['addressed_verdict', 'addressee', 'authority', 'chat_token', 'claim', 'command', 'concealed', 'delimiter', 'fake_verdict', 'override', 'roleplay', 'speaking_as', 'turn', 'verdict_demand']}, 'uniqueItems': True}}, 'additionalProperties': False}, 'counterfactual': {'type': 'object', 'properties': {'enabled': {'type': 'boolean'}, 'wrong_reference_field': {'type': 'string', 'minLength': 1}, 'min_gap': {'type': 'number', 'exclusiveMinimum': 0, 'maximum': 1}, 'canary': {'type': 'boolean'}}, 'additionalProperties': False}}, 'required': ['type', 'preset'], 'additionalProperties': False}, rule='additionalProperties')
    return data

SCHEMA = {'type': 'object',
 'properties': {'type': {'const': 'judge'},
                'preset': {'enum': ['custom',
                                    'instruction_following',
                                    'rag_faithfulness',
                                    'reasoning',
                                    'reference_correctness',
                                    'summarization']},
                'preset_version': {'type': 'integer', 'minimum': 1},
                'name': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]{0,63}$'},
                'criteria': {'type': 'array',
                             'minItems': 1,
                             'maxItems': 20,
                             'items': {'type': 'object',
                                       'properties': {'name': {'type': 'string',
                                                               'pattern': '^[a-z][a-z0-9_]{0,39}$'},
                                                      'description': {'type': 'string',
                                                                      'minLength': 1,
                                                                      'maxLength': 2000},
                                                      'weight': {'type': 'number',
                                                                 'exclusiveMinimum': 0}},
                                       'required': ['name', 'description'],
                                       'additionalProperties': False}},
                'scale': {'type': 'array',
                          'items': {'type': 'number'},
                          'minItems': 2,
                          'maxItems': 2},
                'instructions': {'type': 'string', 'minLength': 1, 'maxLength': 4000},
                'context_field': {'type': 'string', 'minLength': 1},
                'response_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'},
                'backend': {'type': 'object',
                            'properties': {'type': {'enum': ['bedrock', 'openai', 'replay']}},
                            'required': ['type'],
                            'allOf': [{'if': {'properties': {'type': {'const': 'bedrock'}},
                                              'required': ['type']},
                                       'then': {'properties': {'type': {'const': 'bedrock'},
                                                               'model_id': {'type': 'string',
                                                                            'minLength': 1,
                                                                            'maxLength': 2048},
                                                               'region': {'type': 'string',
                                                                          'pattern': '^[a-z]{2}(-[a-z]+)+-[0-9]+$'},
                                                               'endpoint_url': {'type': 'string',
                                                                                'pattern': '^https?://[^\\s]+$'}},
                                                'required': ['type'],
                                                'additionalProperties': False}},
                                      {'if': {'properties': {'type': {'const': 'openai'}},
                                              'required': ['type']},
                                       'then': {'properties': {'type': {'const': 'openai'},
                                                               'base_url': {'type': 'string',
                                                                            'pattern': '^https?://[^\\s]+$'},
                                                               'model': {'type': 'string',
                                                                         'minLength': 1},
                                                               'api_key_env': {'type': 'string',
                                                                               'pattern': '^[A-Za-z_][A-Za-z0-9_]*$'}},
                                                'required': ['type', 'base_url', 'model'],
                                                'additionalProperties': False}},
                                      {'if': {'properties': {'type': {'const': 'replay'}},
                                              'required': ['type']},
                                       'then': {'properties': {'type': {'const': 'replay'},
                                                               'rules': {'type': 'array',
                                                                         'items': {'type': 'object',
                                                                                   'properties': {'reply': {'type': 'string'},
                                                                                                  'if_contains': {'type': 'object',
                                                                                                                  'propertyNames': {'enum': ['conversation',
                                                                                                                                             'prompt',
                                                                                                                                             'response',
                                                                                                                                             'reference',
                                                                                                                                             'context',
                                                                                                                                             'criteria',
                                                                                                                                             'instructions']},
                                                                                                                  'additionalProperties': {'type': 'string',
                                                                                                                                           'minLength': 1}},
                                                                                                  'stop': {'enum': ['end',
                                                                                                                    'max_tokens',
                                                                                                                    'refusal',
                                                                                                                    'other']},
                                                                                                  'usage': {'type': 'object',
                                                                                                            'properties': {'input_tokens': {'type': 'integer',
                                                                                                                                            'minimum': 0},
                                                                                                                           'output_tokens': {'type': 'integer',
                                                                                                                                             'minimum': 0}},
                                                                                                            'additionalProperties': False}},
                                                                                   'required': ['reply'],
                                                                                   'additionalProperties': False}},
                                                               'default': {'type': 'object',
                                                                           'properties': {'reply': {'type': 'string'},
                                                                                          'if_contains': {'type': 'object',
                                                                                                          'propertyNames': {'enum': ['conversation',
                                                                                                                                     'prompt',
                                                                                                                                     'response',
                                                                                                                                     'reference',
                                                                                                                                     'context',
                                                                                                                                     'criteria',
                                                                                                                                     'instructions']},
                                                                                                          'additionalProperties': {'type': 'string',
                                                                                                                                   'minLength': 1}},
                                                                                          'stop': {'enum': ['end',
                                                                                                            'max_tokens',
                                                                                                            'refusal',
                                                                                                            'other']},
                                                                                          'usage': {'type': 'object',
                                                                                                    'properties': {'input_tokens': {'type': 'integer',
                                                                                                                                    'minimum': 0},
                                                                                                                   'output_tokens': {'type': 'integer',
                                                                                                                                     'minimum': 0}},
                                                                                                    'additionalProperties': False}},
                                                                           'required': ['reply'],
                                                                           'additionalProperties': False}},
                                                'required': ['type'],
                                                'additionalProperties': False}}]},
                'max_tokens': {'type': 'integer', 'minimum': 16, 'maximum': 8192},
                'json_mode': {'type': 'boolean'},
                'concurrency': {'type': 'integer', 'minimum': 1, 'maximum': 64},
                'adaptive_concurrency': {'type': 'boolean'},
                'request_timeout_s': {'type': 'number', 'minimum': 1, 'maximum': 900},
                'retry': {'type': 'object',
                          'properties': {'max_attempts': {'type': 'integer',
                                                          'minimum': 1,
                                                          'maximum': 10},
                                         'base_delay_s': {'type': 'number',
                                                          'minimum': 0,
                                                          'maximum': 60},
                                         'max_delay_s': {'type': 'number',
                                                         'minimum': 0,
                                                         'maximum': 120},
                                         'min_attempt_s': {'type': 'number',
                                                           'minimum': 0,
                                                           'maximum': 120}},
                          'additionalProperties': False},
                'out_of_range': {'enum': ['error', 'clamp']},
                'trivial_phrases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}},
                'guardrail': {'type': 'object',
                              'properties': {'id': {'type': 'string',
                                                    'pattern': '^[a-z0-9]+$|^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:[0-9]{12}:guardrail/[a-z0-9]+$'},
                                             'version': {'type': 'string',
                                                         'pattern': '^([1-9][0-9]{0,7}|DRAFT)$'},
                                             'region': {'type': 'string',
                                                        'pattern': '^[a-z]{2}(-[a-z]+)+-[0-9]+$'}},
                              'additionalProperties': False},
                'rate_limit': {'type': 'object',
                               'properties': {'requests_per_minute': {'type': 'number',
                                                                      'exclusiveMinimum': 0},
                                              'tokens_per_minute': {'type': 'number',
                                                                    'exclusiveMinimum': 0}},
                               'minProperties': 1,
                               'additionalProperties': False},
                'verdict_cache': {'type': 'boolean'},
                'injection_screen': {'type': 'object',
                                     'properties': {'enabled': {'type': 'boolean'},
                                                    'ignore': {'type': 'array',
                                                               'items': {'enum': ['addressed_verdict',
                                                                                  'addressee',
                                                                                  'authority',
                                                                                  'chat_token',
                                                                                  'claim',
                                                                                  'command',
                                                                                  'concealed',
                                                                                  'delimiter',
                                                                                  'fake_verdict',
                                                                                  'override',
                                                                                  'roleplay',
                                                                                  'speaking_as',
                                                                                  'turn',
                                                                                  'verdict_demand']},
                                                               'uniqueItems': True}},
                                     'additionalProperties': False},
                'counterfactual': {'type': 'object',
                                   'properties': {'enabled': {'type': 'boolean'},
                                                  'wrong_reference_field': {'type': 'string',
                                                                            'minLength': 1},
                                                  'min_gap': {'type': 'number',
                                                              'exclusiveMinimum': 0,
                                                              'maximum': 1},
                                                  'canary': {'type': 'boolean'}},
                                   'additionalProperties': False}},
 'required': ['type', 'preset'],
 'additionalProperties': False}
