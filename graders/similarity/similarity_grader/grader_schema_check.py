"""Generated from similarity_grader.grader.SPEC_SCHEMA by `python -m grader_core.schema_check`; do not edit."""

VERSION = "2.21.2"
from decimal import Decimal
import re
from grader_core.errors import SchemaViolation as JsonSchemaValueException


REGEX_PATTERNS = {
    '^[A-Za-z][A-Za-z0-9_\\-]*$': re.compile('^[A-Za-z][A-Za-z0-9_\\-]*\\Z'),
    '^https?://': re.compile('^https?://'),
    '^[A-Z_][A-Z0-9_]*$': re.compile('^[A-Z_][A-Z0-9_]*\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'similarity'}, 'metric': {'enum': ['fuzzy_match', 'bleu', 'gleu', 'meteor', 'rouge_1', 'rouge_2', 'rouge_3', 'rouge_4', 'rouge_5', 'rouge_l', 'cosine']}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'reference_field': {'type': 'string', 'minLength': 1}, 'ignore_case': {'type': 'boolean'}, 'stemmer': {'type': 'boolean'}, 'pass_threshold': {'type': 'number', 'minimum': 0, 'maximum': 1}, 'embedding': {'type': 'object', 'properties': {'backend': {'enum': ['bedrock', 'openai']}, 'model_id': {'type': 'string', 'minLength': 1}, 'dimensions': {'enum': [256, 512, 1024]}, 'region': {'type': 'string', 'minLength': 1}, 'base_url': {'type': 'string', 'pattern': '^https?://'}, 'model': {'type': 'string', 'minLength': 1}, 'api_key_env': {'type': 'string', 'pattern': '^[A-Z_][A-Z0-9_]*$'}}, 'required': ['backend'], 'additionalProperties': False}}, 'required': ['type', 'metric'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type', 'metric']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'similarity'}, 'metric': {'enum': ['fuzzy_match', 'bleu', 'gleu', 'meteor', 'rouge_1', 'rouge_2', 'rouge_3', 'rouge_4', 'rouge_5', 'rouge_l', 'cosine']}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'reference_field': {'type': 'string', 'minLength': 1}, 'ignore_case': {'type': 'boolean'}, 'stemmer': {'type': 'boolean'}, 'pass_threshold': {'type': 'number', 'minimum': 0, 'maximum': 1}, 'embedding': {'type': 'object', 'properties': {'backend': {'enum': ['bedrock', 'openai']}, 'model_id': {'type': 'string', 'minLength': 1}, 'dimensions': {'enum': [256, 512, 1024]}, 'region': {'type': 'string', 'minLength': 1}, 'base_url': {'type': 'string', 'pattern': '^https?://'}, 'model': {'type': 'string', 'minLength': 1}, 'api_key_env': {'type': 'string', 'pattern': '^[A-Z_][A-Z0-9_]*$'}}, 'required': ['backend'], 'additionalProperties': False}}, 'required': ['type', 'metric'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if data__type != "similarity":
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: similarity", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'similarity'}, rule='const')
        if "metric" in data_keys:
            data_keys.remove("metric")
            data__metric = data["metric"]
            if data__metric not in ['fuzzy_match', 'bleu', 'gleu', 'meteor', 'rouge_1', 'rouge_2', 'rouge_3', 'rouge_4', 'rouge_5', 'rouge_l', 'cosine']:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".metric must be one of ['fuzzy_match', 'bleu', 'gleu', 'meteor', 'rouge_1', 'rouge_2', 'rouge_3', 'rouge_4', 'rouge_5', 'rouge_l', 'cosine']", value=data__metric, name="" + (name_prefix or "data") + ".metric", definition={'enum': ['fuzzy_match', 'bleu', 'gleu', 'meteor', 'rouge_1', 'rouge_2', 'rouge_3', 'rouge_4', 'rouge_5', 'rouge_l', 'cosine']}, rule='enum')
        if "in_tag" in data_keys:
            data_keys.remove("in_tag")
            data__intag = data["in_tag"]
            if not isinstance(data__intag, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".in_tag must be string", value=data__intag, name="" + (name_prefix or "data") + ".in_tag", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='type')
            if isinstance(data__intag, str):
                if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_\\-]*$'].search(data__intag):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".in_tag must match pattern ^[A-Za-z][A-Za-z0-9_\\-]*$", value=data__intag, name="" + (name_prefix or "data") + ".in_tag", definition={'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, rule='pattern')
        if "reference_field" in data_keys:
            data_keys.remove("reference_field")
            data__referencefield = data["reference_field"]
            if not isinstance(data__referencefield, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reference_field must be string", value=data__referencefield, name="" + (name_prefix or "data") + ".reference_field", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__referencefield, str):
                data__referencefield_len = len(data__referencefield)
                if data__referencefield_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reference_field must be longer than or equal to 1 characters", value=data__referencefield, name="" + (name_prefix or "data") + ".reference_field", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "ignore_case" in data_keys:
            data_keys.remove("ignore_case")
            data__ignorecase = data["ignore_case"]
            if not isinstance(data__ignorecase, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ignore_case must be boolean", value=data__ignorecase, name="" + (name_prefix or "data") + ".ignore_case", definition={'type': 'boolean'}, rule='type')
        if "stemmer" in data_keys:
            data_keys.remove("stemmer")
            data__stemmer = data["stemmer"]
            if not isinstance(data__stemmer, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".stemmer must be boolean", value=data__stemmer, name="" + (name_prefix or "data") + ".stemmer", definition={'type': 'boolean'}, rule='type')
        if "pass_threshold" in data_keys:
            data_keys.remove("pass_threshold")
            data__passthreshold = data["pass_threshold"]
            if not isinstance(data__passthreshold, (int, float, Decimal)) or isinstance(data__passthreshold, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".pass_threshold must be number", value=data__passthreshold, name="" + (name_prefix or "data") + ".pass_threshold", definition={'type': 'number', 'minimum': 0, 'maximum': 1}, rule='type')
            if isinstance(data__passthreshold, (int, float, Decimal)):
                if data__passthreshold < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".pass_threshold must be bigger than or equal to 0", value=data__passthreshold, name="" + (name_prefix or "data") + ".pass_threshold", definition={'type': 'number', 'minimum': 0, 'maximum': 1}, rule='minimum')
                if data__passthreshold > 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".pass_threshold must be smaller than or equal to 1", value=data__passthreshold, name="" + (name_prefix or "data") + ".pass_threshold", definition={'type': 'number', 'minimum': 0, 'maximum': 1}, rule='maximum')
        if "embedding" in data_keys:
            data_keys.remove("embedding")
            data__embedding = data["embedding"]
            if not isinstance(data__embedding, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".embedding must be object", value=data__embedding, name="" + (name_prefix or "data") + ".embedding", definition={'type': 'object', 'properties': {'backend': {'enum': ['bedrock', 'openai']}, 'model_id': {'type': 'string', 'minLength': 1}, 'dimensions': {'enum': [256, 512, 1024]}, 'region': {'type': 'string', 'minLength': 1}, 'base_url': {'type': 'string', 'pattern': '^https?://'}, 'model': {'type': 'string', 'minLength': 1}, 'api_key_env': {'type': 'string', 'pattern': '^[A-Z_][A-Z0-9_]*$'}}, 'required': ['backend'], 'additionalProperties': False}, rule='type')
            data__embedding_is_dict = isinstance(data__embedding, dict)
            if data__embedding_is_dict:
                data__embedding__missing_keys = set(['backend']) - data__embedding.keys()
                if data__embedding__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".embedding must contain " + (str(sorted(data__embedding__missing_keys)) + " properties"), value=data__embedding, name="" + (name_prefix or "data") + ".embedding", definition={'type': 'object', 'properties': {'backend': {'enum': ['bedrock', 'openai']}, 'model_id': {'type': 'string', 'minLength': 1}, 'dimensions': {'enum': [256, 512, 1024]}, 'region': {'type': 'string', 'minLength': 1}, 'base_url': {'type': 'string', 'pattern': '^https?://'}, 'model': {'type': 'string', 'minLength': 1}, 'api_key_env': {'type': 'string', 'pattern': '^[A-Z_][A-Z0-9_]*$'}}, 'required': ['backend'], 'additionalProperties': False}, rule='required')
                data__embedding_keys = set(data__embedding.keys())
                if "backend" in data__embedding_keys:
                    data__embedding_keys.remove("backend")
                    data__embedding__backend = data__embedding["backend"]
                    if data__embedding__backend not in ['bedrock', 'openai']:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".embedding.backend must be one of ['bedrock', 'openai']", value=data__embedding__backend, name="" + (name_prefix or "data") + ".embedding.backend", definition={'enum': ['bedrock', 'openai']}, rule='enum')
                if "model_id" in data__embedding_keys:
                    data__embedding_keys.remove("model_id")
                    data__embedding__modelid = data__embedding["model_id"]
                    if not isinstance(data__embedding__modelid, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".embedding.model_id must be string", value=data__embedding__modelid, name="" + (name_prefix or "data") + ".embedding.model_id", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__embedding__modelid, str):
                        data__embedding__modelid_len = len(data__embedding__modelid)
                        if data__embedding__modelid_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".embedding.model_id must be longer than or equal to 1 characters", value=data__embedding__modelid, name="" + (name_prefix or "data") + ".embedding.model_id", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                if "dimensions" in data__embedding_keys:
                    data__embedding_keys.remove("dimensions")
                    data__embedding__dimensions = data__embedding["dimensions"]
                    if data__embedding__dimensions not in [256, 512, 1024]:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".embedding.dimensions must be one of [256, 512, 1024]", value=data__embedding__dimensions, name="" + (name_prefix or "data") + ".embedding.dimensions", definition={'enum': [256, 512, 1024]}, rule='enum')
                if "region" in data__embedding_keys:
                    data__embedding_keys.remove("region")
                    data__embedding__region = data__embedding["region"]
                    if not isinstance(data__embedding__region, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".embedding.region must be string", value=data__embedding__region, name="" + (name_prefix or "data") + ".embedding.region", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__embedding__region, str):
                        data__embedding__region_len = len(data__embedding__region)
                        if data__embedding__region_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".embedding.region must be longer than or equal to 1 characters", value=data__embedding__region, name="" + (name_prefix or "data") + ".embedding.region", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                if "base_url" in data__embedding_keys:
                    data__embedding_keys.remove("base_url")
                    data__embedding__baseurl = data__embedding["base_url"]
                    if not isinstance(data__embedding__baseurl, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".embedding.base_url must be string", value=data__embedding__baseurl, name="" + (name_prefix or "data") + ".embedding.base_url", definition={'type': 'string', 'pattern': '^https?://'}, rule='type')
                    if isinstance(data__embedding__baseurl, str):
                        if not REGEX_PATTERNS['^https?://'].search(data__embedding__baseurl):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".embedding.base_url must match pattern ^https?://", value=data__embedding__baseurl, name="" + (name_prefix or "data") + ".embedding.base_url", definition={'type': 'string', 'pattern': '^https?://'}, rule='pattern')
                if "model" in data__embedding_keys:
                    data__embedding_keys.remove("model")
                    data__embedding__model = data__embedding["model"]
                    if not isinstance(data__embedding__model, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".embedding.model must be string", value=data__embedding__model, name="" + (name_prefix or "data") + ".embedding.model", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__embedding__model, str):
                        data__embedding__model_len = len(data__embedding__model)
                        if data__embedding__model_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".embedding.model must be longer than or equal to 1 characters", value=data__embedding__model, name="" + (name_prefix or "data") + ".embedding.model", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                if "api_key_env" in data__embedding_keys:
                    data__embedding_keys.remove("api_key_env")
                    data__embedding__apikeyenv = data__embedding["api_key_env"]
                    if not isinstance(data__embedding__apikeyenv, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".embedding.api_key_env must be string", value=data__embedding__apikeyenv, name="" + (name_prefix or "data") + ".embedding.api_key_env", definition={'type': 'string', 'pattern': '^[A-Z_][A-Z0-9_]*$'}, rule='type')
                    if isinstance(data__embedding__apikeyenv, str):
                        if not REGEX_PATTERNS['^[A-Z_][A-Z0-9_]*$'].search(data__embedding__apikeyenv):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".embedding.api_key_env must match pattern ^[A-Z_][A-Z0-9_]*$", value=data__embedding__apikeyenv, name="" + (name_prefix or "data") + ".embedding.api_key_env", definition={'type': 'string', 'pattern': '^[A-Z_][A-Z0-9_]*$'}, rule='pattern')
                if data__embedding_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".embedding must not contain "+str(data__embedding_keys)+" properties", value=data__embedding, name="" + (name_prefix or "data") + ".embedding", definition={'type': 'object', 'properties': {'backend': {'enum': ['bedrock', 'openai']}, 'model_id': {'type': 'string', 'minLength': 1}, 'dimensions': {'enum': [256, 512, 1024]}, 'region': {'type': 'string', 'minLength': 1}, 'base_url': {'type': 'string', 'pattern': '^https?://'}, 'model': {'type': 'string', 'minLength': 1}, 'api_key_env': {'type': 'string', 'pattern': '^[A-Z_][A-Z0-9_]*$'}}, 'required': ['backend'], 'additionalProperties': False}, rule='additionalProperties')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'similarity'}, 'metric': {'enum': ['fuzzy_match', 'bleu', 'gleu', 'meteor', 'rouge_1', 'rouge_2', 'rouge_3', 'rouge_4', 'rouge_5', 'rouge_l', 'cosine']}, 'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'}, 'reference_field': {'type': 'string', 'minLength': 1}, 'ignore_case': {'type': 'boolean'}, 'stemmer': {'type': 'boolean'}, 'pass_threshold': {'type': 'number', 'minimum': 0, 'maximum': 1}, 'embedding': {'type': 'object', 'properties': {'backend': {'enum': ['bedrock', 'openai']}, 'model_id': {'type': 'string', 'minLength': 1}, 'dimensions': {'enum': [256, 512, 1024]}, 'region': {'type': 'string', 'minLength': 1}, 'base_url': {'type': 'string', 'pattern': '^https?://'}, 'model': {'type': 'string', 'minLength': 1}, 'api_key_env': {'type': 'string', 'pattern': '^[A-Z_][A-Z0-9_]*$'}}, 'required': ['backend'], 'additionalProperties': False}}, 'required': ['type', 'metric'], 'additionalProperties': False}, rule='additionalProperties')
    return data

SCHEMA = {'type': 'object',
 'properties': {'type': {'const': 'similarity'},
                'metric': {'enum': ['fuzzy_match',
                                    'bleu',
                                    'gleu',
                                    'meteor',
                                    'rouge_1',
                                    'rouge_2',
                                    'rouge_3',
                                    'rouge_4',
                                    'rouge_5',
                                    'rouge_l',
                                    'cosine']},
                'in_tag': {'type': 'string', 'pattern': '^[A-Za-z][A-Za-z0-9_\\-]*$'},
                'reference_field': {'type': 'string', 'minLength': 1},
                'ignore_case': {'type': 'boolean'},
                'stemmer': {'type': 'boolean'},
                'pass_threshold': {'type': 'number', 'minimum': 0, 'maximum': 1},
                'embedding': {'type': 'object',
                              'properties': {'backend': {'enum': ['bedrock', 'openai']},
                                             'model_id': {'type': 'string', 'minLength': 1},
                                             'dimensions': {'enum': [256, 512, 1024]},
                                             'region': {'type': 'string', 'minLength': 1},
                                             'base_url': {'type': 'string',
                                                          'pattern': '^https?://'},
                                             'model': {'type': 'string', 'minLength': 1},
                                             'api_key_env': {'type': 'string',
                                                             'pattern': '^[A-Z_][A-Z0-9_]*$'}},
                              'required': ['backend'],
                              'additionalProperties': False}},
 'required': ['type', 'metric'],
 'additionalProperties': False}
