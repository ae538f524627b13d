"""Generated from code_grader.grader.SPEC_SCHEMA by `python -m grader_core.schema_check`; do not edit."""

VERSION = "2.21.2"
from decimal import Decimal
import re
from grader_core.errors import SchemaViolation as JsonSchemaValueException


REGEX_PATTERNS = {
    '^[a-z0-9_+.-]*$': re.compile('^[a-z0-9_+.-]*\\Z'),
    '^[A-Z]{1,4}[0-9]{0,4}$': re.compile('^[A-Z]{1,4}[0-9]{0,4}\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'code'}, 'check': {'enum': ['tests', 'lint']}, 'languages': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, 'minItems': 1}}, 'required': ['type'], 'if': {'properties': {'check': {'const': 'lint'}}, 'required': ['check']}, 'then': {'properties': {'type': {'const': 'code'}, 'check': {'enum': ['tests', 'lint']}, 'languages': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, 'minItems': 1}, 'select': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z]{1,4}[0-9]{0,4}$'}, 'minItems': 1}, 'ignore': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z]{1,4}[0-9]{0,4}$'}}, 'line_length': {'type': 'integer', 'minimum': 40, 'maximum': 320}, 'scoring': {'enum': ['binary', 'decay']}, 'half_life': {'type': 'number', 'exclusiveMinimum': 0, 'maximum': 1000}}, 'additionalProperties': False}, 'else': {'properties': {'type': {'const': 'code'}, 'check': {'enum': ['tests', 'lint']}, 'languages': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, 'minItems': 1}, 'format': {'enum': ['auto', 'asserts', 'stdio', 'calls', 'pytest']}, 'tests_from': {'type': 'string', 'minLength': 1}, 'timeout_s': {'type': 'number', 'exclusiveMinimum': 0, 'maximum': 900}, 'case_timeout_s': {'type': 'number', 'exclusiveMinimum': 0, 'maximum': 900}, 'memory_mb': {'type': 'integer', 'minimum': 64, 'maximum': 8192}, 'file_mb': {'type': 'integer', 'minimum': 1, 'maximum': 512}, 'max_output_kb': {'type': 'integer', 'minimum': 1, 'maximum': 65536}, 'open_files': {'type': 'integer', 'minimum': 16, 'maximum': 4096}, 'threads': {'type': 'integer', 'minimum': 1, 'maximum': 1024}, 'float_tolerance': {'type': 'number', 'minimum': 0, 'maximum': 1}, 'tuple_as_list': {'type': 'boolean'}, 'partial_credit': {'type': 'boolean'}, 'require_seccomp': {'type': 'boolean'}, 'require_fs_confinement': {'type': 'boolean'}}, 'additionalProperties': False}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'code'}, 'check': {'enum': ['tests', 'lint']}, 'languages': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, 'minItems': 1}}, 'required': ['type'], 'if': {'properties': {'check': {'const': 'lint'}}, 'required': ['check']}, 'then': {'properties': {'type': {'const': 'code'}, 'check': {'enum': ['tests', 'lint']}, 'languages': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, 'minItems': 1}, 'select': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z]{1,4}[0-9]{0,4}$'}, 'minItems': 1}, 'ignore': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z]{1,4}[0-9]{0,4}$'}}, 'line_length': {'type': 'integer', 'minimum': 40, 'maximum': 320}, 'scoring': {'enum': ['binary', 'decay']}, 'half_life': {'type': 'number', 'exclusiveMinimum': 0, 'maximum': 1000}}, 'additionalProperties': False}, 'else': {'properties': {'type': {'const': 'code'}, 'check': {'enum': ['tests', 'lint']}, 'languages': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, 'minItems': 1}, 'format': {'enum': ['auto', 'asserts', 'stdio', 'calls', 'pytest']}, 'tests_from': {'type': 'string', 'minLength': 1}, 'timeout_s': {'type': 'number', 'exclusiveMinimum': 0, 'maximum': 900}, 'case_timeout_s': {'type': 'number', 'exclusiveMinimum': 0, 'maximum': 900}, 'memory_mb': {'type': 'integer', 'minimum': 64, 'maximum': 8192}, 'file_mb': {'type': 'integer', 'minimum': 1, 'maximum': 512}, 'max_output_kb': {'type': 'integer', 'minimum': 1, 'maximum': 65536}, 'open_files': {'type': 'integer', 'minimum': 16, 'maximum': 4096}, 'threads': {'type': 'integer', 'minimum': 1, 'maximum': 1024}, 'float_tolerance': {'type': 'number', 'minimum': 0, 'maximum': 1}, 'tuple_as_list': {'type': 'boolean'}, 'partial_credit': {'type': 'boolean'}, 'require_seccomp': {'type': 'boolean'}, 'require_fs_confinement': {'type': 'boolean'}}, 'additionalProperties': False}}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if data__type != "code":
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: code", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'code'}, rule='const')
        if "check" in data_keys:
            data_keys.remove("check")
            data__check = data["check"]
            if data__check not in ['tests', 'lint']:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".check must be one of ['tests', 'lint']", value=data__check, name="" + (name_prefix or "data") + ".check", definition={'enum': ['tests', 'lint']}, rule='enum')
        if "languages" in data_keys:
            data_keys.remove("languages")
            data__languages = data["languages"]
            if not isinstance(data__languages, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".languages must be array", value=data__languages, name="" + (name_prefix or "data") + ".languages", definition={'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, 'minItems': 1}, rule='type')
            data__languages_is_list = isinstance(data__languages, (list, tuple))
            if data__languages_is_list:
                data__languages_len = len(data__languages)
                if data__languages_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".languages must contain at least 1 items", value=data__languages, name="" + (name_prefix or "data") + ".languages", definition={'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, 'minItems': 1}, rule='minItems')
                for data__languages_x, data__languages_item in enumerate(data__languages):
                    if not isinstance(data__languages_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".languages[{data__languages_x}]".format(**locals()) + " must be string", value=data__languages_item, name="" + (name_prefix or "data") + ".languages[{data__languages_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, rule='type')
                    if isinstance(data__languages_item, str):
                        if not REGEX_PATTERNS['^[a-z0-9_+.-]*$'].search(data__languages_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".languages[{data__languages_x}]".format(**locals()) + " must match pattern ^[a-z0-9_+.-]*$", value=data__languages_item, name="" + (name_prefix or "data") + ".languages[{data__languages_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, rule='pattern')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['check']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'check': {'const': 'lint'}}, 'required': ['check']}, rule='required')
            data_keys = set(data.keys())
            if "check" in data_keys:
                data_keys.remove("check")
                data__check = data["check"]
                if data__check != "lint":
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".check must be same as const definition: lint", value=data__check, name="" + (name_prefix or "data") + ".check", definition={'const': 'lint'}, rule='const')
    except JsonSchemaValueException:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if data__type != "code":
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: code", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'code'}, rule='const')
            if "check" in data_keys:
                data_keys.remove("check")
                data__check = data["check"]
                if data__check not in ['tests', 'lint']:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".check must be one of ['tests', 'lint']", value=data__check, name="" + (name_prefix or "data") + ".check", definition={'enum': ['tests', 'lint']}, rule='enum')
            if "languages" in data_keys:
                data_keys.remove("languages")
                data__languages = data["languages"]
                if not isinstance(data__languages, (list, tuple)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".languages must be array", value=data__languages, name="" + (name_prefix or "data") + ".languages", definition={'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, 'minItems': 1}, rule='type')
                data__languages_is_list = isinstance(data__languages, (list, tuple))
                if data__languages_is_list:
                    data__languages_len = len(data__languages)
                    if data__languages_len < 1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".languages must contain at least 1 items", value=data__languages, name="" + (name_prefix or "data") + ".languages", definition={'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, 'minItems': 1}, rule='minItems')
                    for data__languages_x, data__languages_item in enumerate(data__languages):
                        if not isinstance(data__languages_item, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".languages[{data__languages_x}]".format(**locals()) + " must be string", value=data__languages_item, name="" + (name_prefix or "data") + ".languages[{data__languages_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, rule='type')
                        if isinstance(data__languages_item, str):
                            if not REGEX_PATTERNS['^[a-z0-9_+.-]*$'].search(data__languages_item):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".languages[{data__languages_x}]".format(**locals()) + " must match pattern ^[a-z0-9_+.-]*$", value=data__languages_item, name="" + (name_prefix or "data") + ".languages[{data__languages_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, rule='pattern')
            if "format" in data_keys:
                data_keys.remove("format")
                data__format = data["format"]
                if data__format not in ['auto', 'asserts', 'stdio', 'calls', 'pytest']:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".format must be one of ['auto', 'asserts', 'stdio', 'calls', 'pytest']", value=data__format, name="" + (name_prefix or "data") + ".format", definition={'enum': ['auto', 'asserts', 'stdio', 'calls', 'pytest']}, rule='enum')
            if "tests_from" in data_keys:
                data_keys.remove("tests_from")
                data__testsfrom = data["tests_from"]
                if not isinstance(data__testsfrom, (str)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tests_from must be string", value=data__testsfrom, name="" + (name_prefix or "data") + ".tests_from", definition={'type': 'string', 'minLength': 1}, rule='type')
                if isinstance(data__testsfrom, str):
                    data__testsfrom_len = len(data__testsfrom)
                    if data__testsfrom_len < 1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".tests_from must be longer than or equal to 1 characters", value=data__testsfrom, name="" + (name_prefix or "data") + ".tests_from", definition={'type': 'string', 'minLength': 1}, rule='minLength')
            if "timeout_s" in data_keys:
                data_keys.remove("timeout_s")
                data__timeouts = data["timeout_s"]
                if not isinstance(data__timeouts, (int, float, Decimal)) or isinstance(data__timeouts, bool):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".timeout_s must be number", value=data__timeouts, name="" + (name_prefix or "data") + ".timeout_s", definition={'type': 'number', 'exclusiveMinimum': 0, 'maximum': 900}, rule='type')
                if isinstance(data__timeouts, (int, float, Decimal)):
                    if data__timeouts > 900:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".timeout_s must be smaller than or equal to 900", value=data__timeouts, name="" + (name_prefix or "data") + ".timeout_s", definition={'type': 'number', 'exclusiveMinimum': 0, 'maximum': 900}, rule='maximum')
                    if data__timeouts <= 0:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".timeout_s must be bigger than 0", value=data__timeouts, name="" + (name_prefix or "data") + ".timeout_s", definition={'type': 'number', 'exclusiveMinimum': 0, 'maximum': 900}, rule='exclusiveMinimum')
            if "case_timeout_s" in data_keys:
                data_keys.remove("case_timeout_s")
                data__casetimeouts = data["case_timeout_s"]
                if not isinstance(data__casetimeouts, (int, float, Decimal)) or isinstance(data__casetimeouts, bool):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".case_timeout_s must be number", value=data__casetimeouts, name="" + (name_prefix or "data") + ".case_timeout_s", definition={'type': 'number', 'exclusiveMinimum': 0, 'maximum': 900}, rule='type')
                if isinstance(data__casetimeouts, (int, float, Decimal)):
                    if data__casetimeouts > 900:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".case_timeout_s must be smaller than or equal to 900", value=data__casetimeouts, name="" + (name_prefix or "data") + ".case_timeout_s", definition={'type': 'number', 'exclusiveMinimum': 0, 'maximum': 900}, rule='maximum')
                    if data__casetimeouts <= 0:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".case_timeout_s must be bigger than 0", value=data__casetimeouts, name="" + (name_prefix or "data") + ".case_timeout_s", definition={'type': 'number', 'exclusiveMinimum': 0, 'maximum': 900}, rule='exclusiveMinimum')
            if "memory_mb" in data_keys:
                data_keys.remove("memory_mb")
                data__memorymb = data["memory_mb"]
                if not isinstance(data__memorymb, (int)) and not (isinstance(data__memorymb, float) and data__memorymb.is_integer()) or isinstance(data__memorymb, bool):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".memory_mb must be integer", value=data__memorymb, name="" + (name_prefix or "data") + ".memory_mb", definition={'type': 'integer', 'minimum': 64, 'maximum': 8192}, rule='type')
                if isinstance(data__memorymb, (int, float, Decimal)):
                    if data__memorymb < 64:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".memory_mb must be bigger than or equal to 64", value=data__memorymb, name="" + (name_prefix or "data") + ".memory_mb", definition={'type': 'integer', 'minimum': 64, 'maximum': 8192}, rule='minimum')
                    if data__memorymb > 8192:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".memory_mb must be smaller than or equal to 8192", value=data__memorymb, name="" + (name_prefix or "data") + ".memory_mb", definition={'type': 'integer', 'minimum': 64, 'maximum': 8192}, rule='maximum')
            if "file_mb" in data_keys:
                data_keys.remove("file_mb")
                data__filemb = data["file_mb"]
                if not isinstance(data__filemb, (int)) and not (isinstance(data__filemb, float) and data__filemb.is_integer()) or isinstance(data__filemb, bool):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".file_mb must be integer", value=data__filemb, name="" + (name_prefix or "data") + ".file_mb", definition={'type': 'integer', 'minimum': 1, 'maximum': 512}, rule='type')
                if isinstance(data__filemb, (int, float, Decimal)):
                    if data__filemb < 1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".file_mb must be bigger than or equal to 1", value=data__filemb, name="" + (name_prefix or "data") + ".file_mb", definition={'type': 'integer', 'minimum': 1, 'maximum': 512}, rule='minimum')
                    if data__filemb > 512:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".file_mb must be smaller than or equal to 512", value=data__filemb, name="" + (name_prefix or "data") + ".file_mb", definition={'type': 'integer', 'minimum': 1, 'maximum': 512}, rule='maximum')
            if "max_output_kb" in data_keys:
                data_keys.remove("max_output_kb")
                data__maxoutputkb = data["max_output_kb"]
                if not isinstance(data__maxoutputkb, (int)) and not (isinstance(data__maxoutputkb, float) and data__maxoutputkb.is_integer()) or isinstance(data__maxoutputkb, bool):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_output_kb must be integer", value=data__maxoutputkb, name="" + (name_prefix or "data") + ".max_output_kb", definition={'type': 'integer', 'minimum': 1, 'maximum': 65536}, rule='type')
                if isinstance(data__maxoutputkb, (int, float, Decimal)):
                    if data__maxoutputkb < 1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_output_kb must be bigger than or equal to 1", value=data__maxoutputkb, name="" + (name_prefix or "data") + ".max_output_kb", definition={'type': 'integer', 'minimum': 1, 'maximum': 65536}, rule='minimum')
                    if data__maxoutputkb > 65536:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_output_kb must be smaller than or equal to 65536", value=data__maxoutputkb, name="" + (name_prefix or "data") + ".max_output_kb", definition={'type': 'integer', 'minimum': 1, 'maximum': 65536}, rule='maximum')
            if "open_files" in data_keys:
                data_keys.remove("open_files")
                data__openfiles = data["open_files"]
                if not isinstance(data__openfiles, (int)) and not (isinstance(data__openfiles, float) and data__openfiles.is_integer()) or isinstance(data__openfiles, bool):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".open_files must be integer", value=data__openfiles, name="" + (name_prefix or "data") + ".open_files", definition={'type': 'integer', 'minimum': 16, 'maximum': 4096}, rule='type')
                if isinstance(data__openfiles, (int, float, Decimal)):
                    if data__openfiles < 16:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".open_files must be bigger than or equal to 16", value=data__openfiles, name="" + (name_prefix or "data") + ".open_files", definition={'type': 'integer', 'minimum': 16, 'maximum': 4096}, rule='minimum')
                    if data__openfiles > 4096:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".open_files must be smaller than or equal to 4096", value=data__openfiles, name="" + (name_prefix or "data") + ".open_files", definition={'type': 'integer', 'minimum': 16, 'maximum': 4096}, rule='maximum')
            if "threads" in data_keys:
                data_keys.remove("threads")
                data__threads = data["threads"]
                if not isinstance(data__threads, (int)) and not (isinstance(data__threads, float) and data__threads.is_integer()) or isinstance(data__threads, bool):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".threads must be integer", value=data__threads, name="" + (name_prefix or "data") + ".threads", definition={'type': 'integer', 'minimum': 1, 'maximum': 1024}, rule='type')
                if isinstance(data__threads, (int, float, Decimal)):
                    if data__threads < 1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".threads must be bigger than or equal to 1", value=data__threads, name="" + (name_prefix or "data") + ".threads", definition={'type': 'integer', 'minimum': 1, 'maximum': 1024}, rule='minimum')
                    if data__threads > 1024:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".threads must be smaller than or equal to 1024", value=data__threads, name="" + (name_prefix or "data") + ".threads", definition={'type': 'integer', 'minimum': 1, 'maximum': 1024}, rule='maximum')
            if "float_tolerance" in data_keys:
                data_keys.remove("float_tolerance")
                data__floattolerance = data["float_tolerance"]
                if not isinstance(data__floattolerance, (int, float, Decimal)) or isinstance(data__floattolerance, bool):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".float_tolerance must be number", value=data__floattolerance, name="" + (name_prefix or "data") + ".float_tolerance", definition={'type': 'number', 'minimum': 0, 'maximum': 1}, rule='type')
                if isinstance(data__floattolerance, (int, float, Decimal)):
                    if data__floattolerance < 0:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".float_tolerance must be bigger than or equal to 0", value=data__floattolerance, name="" + (name_prefix or "data") + ".float_tolerance", definition={'type': 'number', 'minimum': 0, 'maximum': 1}, rule='minimum')
                    if data__floattolerance > 1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".float_tolerance must be smaller than or equal to 1", value=data__floattolerance, name="" + (name_prefix or "data") + ".float_tolerance", definition={'type': 'number', 'minimum': 0, 'maximum': 1}, rule='maximum')
            if "tuple_as_list" in data_keys:
                data_keys.remove("tuple_as_list")
                data__tupleaslist = data["tuple_as_list"]
                if not isinstance(data__tupleaslist, (bool)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tuple_as_list must be boolean", value=data__tupleaslist, name="" + (name_prefix or "data") + ".tuple_as_list", definition={'type': 'boolean'}, rule='type')
            if "partial_credit" in data_keys:
                data_keys.remove("partial_credit")
                data__partialcredit = data["partial_credit"]
                if not isinstance(data__partialcredit, (bool)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".partial_credit must be boolean", value=data__partialcredit, name="" + (name_prefix or "data") + ".partial_credit", definition={'type': 'boolean'}, rule='type')
            if "require_seccomp" in data_keys:
                data_keys.remove("require_seccomp")
                data__requireseccomp = data["require_seccomp"]
                if not isinstance(data__requireseccomp, (bool)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".require_seccomp must be boolean", value=data__requireseccomp, name="" + (name_prefix or "data") + ".require_seccomp", definition={'type': 'boolean'}, rule='type')
            if "require_fs_confinement" in data_keys:
                data_keys.remove("require_fs_confinement")
                data__requirefsconfinement = data["require_fs_confinement"]
                if not isinstance(data__requirefsconfinement, (bool)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".require_fs_confinement must be boolean", value=data__requirefsconfinement, name="" + (name_prefix or "data") + ".require_fs_confinement", definition={'type': 'boolean'}, rule='type')
            if data_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'type': {'const': 'code'}, 'check': {'enum': ['tests', 'lint']}, 'languages': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, 'minItems': 1}, 'format': {'enum': ['auto', 'asserts', 'stdio', 'calls', 'pytest']}, 'tests_from': {'type': 'string', 'minLength': 1}, 'timeout_s': {'type': 'number', 'exclusiveMinimum': 0, 'maximum': 900}, 'case_timeout_s': {'type': 'number', 'exclusiveMinimum': 0, 'maximum': 900}, 'memory_mb': {'type': 'integer', 'minimum': 64, 'maximum': 8192}, 'file_mb': {'type': 'integer', 'minimum': 1, 'maximum': 512}, 'max_output_kb': {'type': 'integer', 'minimum': 1, 'maximum': 65536}, 'open_files': {'type': 'integer', 'minimum': 16, 'maximum': 4096}, 'threads': {'type': 'integer', 'minimum': 1, 'maximum': 1024}, 'float_tolerance': {'type': 'number', 'minimum': 0, 'maximum': 1}, 'tuple_as_list': {'type': 'boolean'}, 'partial_credit': {'type': 'boolean'}, 'require_seccomp': {'type': 'boolean'}, 'require_fs_confinement': {'type': 'boolean'}}, 'additionalProperties': False}, rule='additionalProperties')
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if data__type != "code":
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: code", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'code'}, rule='const')
            if "check" in data_keys:
                data_keys.remove("check")
                data__check = data["check"]
                if data__check not in ['tests', 'lint']:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".check must be one of ['tests', 'lint']", value=data__check, name="" + (name_prefix or "data") + ".check", definition={'enum': ['tests', 'lint']}, rule='enum')
            if "languages" in data_keys:
                data_keys.remove("languages")
                data__languages = data["languages"]
                if not isinstance(data__languages, (list, tuple)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".languages must be array", value=data__languages, name="" + (name_prefix or "data") + ".languages", definition={'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, 'minItems': 1}, rule='type')
                data__languages_is_list = isinstance(data__languages, (list, tuple))
                if data__languages_is_list:
                    data__languages_len = len(data__languages)
                    if data__languages_len < 1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".languages must contain at least 1 items", value=data__languages, name="" + (name_prefix or "data") + ".languages", definition={'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, 'minItems': 1}, rule='minItems')
                    for data__languages_x, data__languages_item in enumerate(data__languages):
                        if not isinstance(data__languages_item, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".languages[{data__languages_x}]".format(**locals()) + " must be string", value=data__languages_item, name="" + (name_prefix or "data") + ".languages[{data__languages_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, rule='type')
                        if isinstance(data__languages_item, str):
                            if not REGEX_PATTERNS['^[a-z0-9_+.-]*$'].search(data__languages_item):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".languages[{data__languages_x}]".format(**locals()) + " must match pattern ^[a-z0-9_+.-]*$", value=data__languages_item, name="" + (name_prefix or "data") + ".languages[{data__languages_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, rule='pattern')
            if "select" in data_keys:
                data_keys.remove("select")
                data__select = data["select"]
                if not isinstance(data__select, (list, tuple)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".select must be array", value=data__select, name="" + (name_prefix or "data") + ".select", definition={'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z]{1,4}[0-9]{0,4}$'}, 'minItems': 1}, rule='type')
                data__select_is_list = isinstance(data__select, (list, tuple))
                if data__select_is_list:
                    data__select_len = len(data__select)
                    if data__select_len < 1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".select must contain at least 1 items", value=data__select, name="" + (name_prefix or "data") + ".select", definition={'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z]{1,4}[0-9]{0,4}$'}, 'minItems': 1}, rule='minItems')
                    for data__select_x, data__select_item in enumerate(data__select):
                        if not isinstance(data__select_item, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".select[{data__select_x}]".format(**locals()) + " must be string", value=data__select_item, name="" + (name_prefix or "data") + ".select[{data__select_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Z]{1,4}[0-9]{0,4}$'}, rule='type')
                        if isinstance(data__select_item, str):
                            if not REGEX_PATTERNS['^[A-Z]{1,4}[0-9]{0,4}$'].search(data__select_item):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".select[{data__select_x}]".format(**locals()) + " must match pattern ^[A-Z]{1,4}[0-9]{0,4}$", value=data__select_item, name="" + (name_prefix or "data") + ".select[{data__select_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Z]{1,4}[0-9]{0,4}$'}, rule='pattern')
            if "ignore" in data_keys:
                data_keys.remove("ignore")
                data__ignore = data["ignore"]
                if not isinstance(data__ignore, (list, tuple)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ignore must be array", value=data__ignore, name="" + (name_prefix or "data") + ".ignore", definition={'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z]{1,4}[0-9]{0,4}$'}}, rule='type')
                data__ignore_is_list = isinstance(data__ignore, (list, tuple))
                if data__ignore_is_list:
                    data__ignore_len = len(data__ignore)
                    for data__ignore_x, data__ignore_item in enumerate(data__ignore):
                        if not isinstance(data__ignore_item, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".ignore[{data__ignore_x}]".format(**locals()) + " must be string", value=data__ignore_item, name="" + (name_prefix or "data") + ".ignore[{data__ignore_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Z]{1,4}[0-9]{0,4}$'}, rule='type')
                        if isinstance(data__ignore_item, str):
                            if not REGEX_PATTERNS['^[A-Z]{1,4}[0-9]{0,4}$'].search(data__ignore_item):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ignore[{data__ignore_x}]".format(**locals()) + " must match pattern ^[A-Z]{1,4}[0-9]{0,4}$", value=data__ignore_item, name="" + (name_prefix or "data") + ".ignore[{data__ignore_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[A-Z]{1,4}[0-9]{0,4}$'}, rule='pattern')
            if "line_length" in data_keys:
                data_keys.remove("line_length")
                data__linelength = data["line_length"]
                if not isinstance(data__linelength, (int)) and not (isinstance(data__linelength, float) and data__linelength.is_integer()) or isinstance(data__linelength, bool):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".line_length must be integer", value=data__linelength, name="" + (name_prefix or "data") + ".line_length", definition={'type': 'integer', 'minimum': 40, 'maximum': 320}, rule='type')
                if isinstance(data__linelength, (int, float, Decimal)):
                    if data__linelength < 40:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".line_length must be bigger than or equal to 40", value=data__linelength, name="" + (name_prefix or "data") + ".line_length", definition={'type': 'integer', 'minimum': 40, 'maximum': 320}, rule='minimum')
                    if data__linelength > 320:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".line_length must be smaller than or equal to 320", value=data__linelength, name="" + (name_prefix or "data") + ".line_length", definition={'type': 'integer', 'minimum': 40, 'maximum': 320}, rule='maximum')
            if "scoring" in data_keys:
                data_keys.remove("scoring")
                data__scoring = data["scoring"]
                if data__scoring not in ['binary', 'decay']:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring must be one of ['binary', 'decay']", value=data__scoring, name="" + (name_prefix or "data") + ".scoring", definition={'enum': ['binary', 'decay']}, rule='enum')
            if "half_life" in data_keys:
                data_keys.remove("half_life")
                data__halflife = data["half_life"]
                if not isinstance(data__halflife, (int, float, Decimal)) or isinstance(data__halflife, bool):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".half_life must be number", value=data__halflife, name="" + (name_prefix or "data") + ".half_life", definition={'type': 'number', 'exclusiveMinimum': 0, 'maximum': 1000}, rule='type')
                if isinstance(data__halflife, (int, float, Decimal)):
                    if data__halflife > 1000:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".half_life must be smaller than or equal to 1000", value=data__halflife, name="" + (name_prefix or "data") + ".half_life", definition={'type': 'number', 'exclusiveMinimum': 0, 'maximum': 1000}, rule='maximum')
                    if data__halflife <= 0:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".half_life must be bigger than 0", value=data__halflife, name="" + (name_prefix or "data") + ".half_life", definition={'type': 'number', 'exclusiveMinimum': 0, 'maximum': 1000}, rule='exclusiveMinimum')
            if data_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'type': {'const': 'code'}, 'check': {'enum': ['tests', 'lint']}, 'languages': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'}, 'minItems': 1}, 'select': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z]{1,4}[0-9]{0,4}$'}, 'minItems': 1}, 'ignore': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z]{1,4}[0-9]{0,4}$'}}, 'line_length': {'type': 'integer', 'minimum': 40, 'maximum': 320}, 'scoring': {'enum': ['binary', 'decay']}, 'half_life': {'type': 'number', 'exclusiveMinimum': 0, 'maximum': 1000}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

SCHEMA = {'type': 'object',
 'properties': {'type': {'const': 'code'},
                'check': {'enum': ['tests', 'lint']},
                'languages': {'type': 'array',
                              'items': {'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'},
                              'minItems': 1}},
 'required': ['type'],
 'if': {'properties': {'check': {'const': 'lint'}}, 'required': ['check']},
 'then': {'properties': {'type': {'const': 'code'},
                         'check': {'enum': ['tests', 'lint']},
                         'languages': {'type': 'array',
                                       'items': {'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'},
                                       'minItems': 1},
                         'select': {'type': 'array',
                                    'items': {'type': 'string',
                                              'pattern': '^[A-Z]{1,4}[0-9]{0,4}$'},
                                    'minItems': 1},
                         'ignore': {'type': 'array',
                                    'items': {'type': 'string',
                                              'pattern': '^[A-Z]{1,4}[0-9]{0,4}$'}},
                         'line_length': {'type': 'integer', 'minimum': 40, 'maximum': 320},
                         'scoring': {'enum': ['binary', 'decay']},
                         'half_life': {'type': 'number', 'exclusiveMinimum': 0, 'maximum': 1000}},
          'additionalProperties': False},
 'else': {'properties': {'type': {'const': 'code'},
                         'check': {'enum': ['tests', 'lint']},
                         'languages': {'type': 'array',
                                       'items': {'type': 'string', 'pattern': '^[a-z0-9_+.-]*$'},
                                       'minItems': 1},
                         'format': {'enum': ['auto', 'asserts', 'stdio', 'calls', 'pytest']},
                         'tests_from': {'type': 'string', 'minLength': 1},
                         'timeout_s': {'type': 'number', 'exclusiveMinimum': 0, 'maximum': 900},
                         'case_timeout_s': {'type': 'number',
                                            'exclusiveMinimum': 0,
                                            'maximum': 900},
                         'memory_mb': {'type': 'integer', 'minimum': 64, 'maximum': 8192},
                         'file_mb': {'type': 'integer', 'minimum': 1, 'maximum': 512},
                         'max_output_kb': {'type': 'integer', 'minimum': 1, 'maximum': 65536},
                         'open_files': {'type': 'integer', 'minimum': 16, 'maximum': 4096},
                         'threads': {'type': 'integer', 'minimum': 1, 'maximum': 1024},
                         'float_tolerance': {'type': 'number', 'minimum': 0, 'maximum': 1},
                         'tuple_as_list': {'type': 'boolean'},
                         'partial_credit': {'type': 'boolean'},
                         'require_seccomp': {'type': 'boolean'},
                         'require_fs_confinement': {'type': 'boolean'}},
          'additionalProperties': False}}
