#!/usr/bin/python3
"""Compares the profiles credlint reads with what botocore (the AWS CLI's and boto3's
reader) reads from the same clean profile files.

    /usr/bin/python3 tests/botocore_compare.py BUILD/credlint [--expand TOOL]
                     [--cases DIR] [--work DIR] [--only CASE]

Every case is a directory fixtures/botocore/<case>/ holding `config` and/or
`credentials`, written with fixture placeholders ({{akid:AKIA}}, {{secret}},
{{token}}): BUILD/tests/expand_fixtures expands them into the build directory first.
botocore's side is `configloader.raw_config_parse` + `build_profile_map` for the config
file, with the credentials file merged over it the way `Session.full_config` does;
credlint's side is `credlint profiles --config-file F --credentials-file F --format json`.
credlint redacts credentials in that output, so key IDs are compared through the same
redaction (prefix, '*', last four), secrets and tokens by presence (and length when the
redacted form states it), every other value exactly. The cases are chosen where botocore
and the cross-SDK standard agree (no inline comments, no duplicates, no ':' delimiters).
Exit status: 0 when every case agrees, 1 when one differs, 2 on a set-up error.
"""
import argparse
import json
import os
import re
import shlex
import subprocess
import sys

try:
    from botocore import configloader
    import botocore
except ImportError:
    print("botocore_compare: python3-botocore is not installed (scripts/install-deps installs it)",
          file=sys.stderr)
    sys.exit(2)

KEY_ID_KEYS = {"aws_access_key_id"}
SECRET_KEYS = {"aws_secret_access_key", "aws_session_token", "aws_security_token"}
REDACTED_SECRET = re.compile(r"<redacted, (\d+) characters>")


def redact_key_id(value):
    """aws::redact_key_id: 4-character prefix, '*' for the middle, last four."""
    if len(value) < 12:
        return value[:4] + "*" * max(len(value) - 4, 0)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


def named_sections(parsed, prefix):
    """Sections `[<prefix> name]`, the way build_profile_map splits `[profile name]`."""
    found = {}
    for key, values in parsed.items():
        if key.startswith(prefix):
            try:
                parts = shlex.split(key)
            except ValueError:
                continue
            if len(parts) == 2 and parts[0] == prefix:
                found[parts[1]] = values
    return found


def botocore_view(config_path, credentials_path, parse_subsections):
    """profiles / sso_sessions / services as botocore's Session sees them."""
    if config_path:
        config = configloader.build_profile_map(
            configloader.raw_config_parse(config_path, parse_subsections=parse_subsections))
    else:
        config = {"profiles": {}, "sso_sessions": {}}
    # botocore 1.29 (Debian 12) leaves `[services x]` among the other sections; newer
    # releases collect them under 'services'.
    services = config["services"] if "services" in config else named_sections(config, "services")
    profiles = config["profiles"]
    if credentials_path:
        # Session.full_config: credentials sections are profile names, merged over config.
        credentials = configloader.raw_config_parse(credentials_path, parse_subsections=parse_subsections)
        for name, values in credentials.items():
            if name not in profiles:
                profiles[name] = values
            else:
                profiles[name].update(values)
    return {"profiles": profiles, "sso_sessions": config.get("sso_sessions", {}), "services": services}


def run_credlint(credlint, config_path, credentials_path):
    command = [credlint, "profiles", "--format", "json"]
    if config_path:
        command += ["--config-file", config_path]
    if credentials_path:
        command += ["--credentials-file", credentials_path]
    # No AWS_* variables from the caller's environment.
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {result.returncode}: {result.stderr.strip()}")
    return json.loads(result.stdout)


def compare_value(where, key, expected_raw, expected_parsed, actual, problems):
    if key in KEY_ID_KEYS:
        if actual != redact_key_id(expected_raw):
            problems.append(f"{where}: {key} is {actual!r}, botocore reads a key ID redacted as "
                            f"{redact_key_id(expected_raw)!r}")
        return
    if key in SECRET_KEYS:
        match = REDACTED_SECRET.fullmatch(actual or "")
        if not expected_raw:
            if actual not in ("", None) and not (match and match.group(1) == "0"):
                problems.append(f"{where}: {key} is empty to botocore, credlint shows {actual!r}")
        elif actual in ("", None) or expected_raw in actual:
            problems.append(f"{where}: {key} missing or unredacted in credlint's output")
        elif match and int(match.group(1)) != len(expected_raw):
            problems.append(f"{where}: {key} has {len(expected_raw)} characters to botocore, "
                            f"credlint says {match.group(1)}")
        return
    if actual != expected_raw:
        problems.append(f"{where}: {key} is {actual!r} to credlint, {expected_raw!r} to botocore")
        return
    if isinstance(expected_parsed, dict):
        # A sub-property block (`s3 =` + indented lines): botocore's own nested parse of
        # credlint's value must give botocore's dictionary.
        try:
            nested = configloader._parse_nested(actual)
        except ValueError as error:
            problems.append(f"{where}: {key} sub-properties do not parse: {error}")
            return
        if nested != expected_parsed:
            problems.append(f"{where}: {key} sub-properties {nested!r} to credlint, {expected_parsed!r} to botocore")


def compare_case(credlint, case_dir):
    config_path = os.path.join(case_dir, "config")
    credentials_path = os.path.join(case_dir, "credentials")
    config_path = config_path if os.path.isfile(config_path) else None
    credentials_path = credentials_path if os.path.isfile(credentials_path) else None
    if not config_path and not credentials_path:
        return [f"{case_dir}: neither config nor credentials"]
    raw = botocore_view(config_path, credentials_path, parse_subsections=False)
    parsed = botocore_view(config_path, credentials_path, parse_subsections=True)
    ours = run_credlint(credlint, config_path, credentials_path)
    problems = [f"credlint reports {e['file']}:{e['line']}: {e['message']}" for e in ours.get("errors", [])]
    for group in ("profiles", "sso_sessions", "services"):
        expected, actual = raw[group], ours.get(group, {})
        for name in sorted(set(expected) | set(actual)):
            if name not in actual:
                problems.append(f"[{group} {name}] is read by botocore, not by credlint")
                continue
            if name not in expected:
                problems.append(f"[{group} {name}] is read by credlint, not by botocore")
                continue
            keys = set(expected[name]) | set(actual[name])
            for key in sorted(keys):
                where = f"{group}[{name}]"
                if key not in actual[name]:
                    problems.append(f"{where}: {key} is read by botocore, not by credlint")
                elif key not in expected[name]:
                    problems.append(f"{where}: {key} is read by credlint, not by botocore")
                else:
                    compare_value(where, key, expected[name][key], parsed[group][name][key], actual[name][key],
                                  problems)
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("credlint", help="path to the credlint binary (BUILD/credlint)")
    parser.add_argument("--expand", help="expand_fixtures binary (default: BUILD/tests/expand_fixtures)")
    parser.add_argument("--cases", help="case templates (default: fixtures/botocore next to this script)")
    parser.add_argument("--work", help="where the expanded cases go (default: BUILD/tests/botocore-cases)")
    parser.add_argument("--only", help="run one case")
    args = parser.parse_args()

    build = os.path.dirname(os.path.abspath(args.credlint))
    source = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    expand = args.expand or os.path.join(build, "tests", "expand_fixtures")
    cases = args.cases or os.path.join(source, "fixtures", "botocore")
    work = args.work or os.path.join(build, "tests", "botocore-cases")
    result = subprocess.run([expand, cases, work], capture_output=True, text=True)
    if result.returncode != 0:
        print(f"botocore_compare: {expand} failed: {result.stderr.strip()}", file=sys.stderr)
        return 2

    names = sorted(n for n in os.listdir(work) if os.path.isdir(os.path.join(work, n)))
    if args.only:
        names = [n for n in names if n == args.only]
    if not names:
        print("botocore_compare: no cases", file=sys.stderr)
        return 2
    crlf = os.path.join(work, "crlf", "config")
    if os.path.isfile(crlf) and b"\r\n" not in open(crlf, "rb").read():
        print("botocore_compare: the crlf case lost its CRLF line ends (git eol conversion?)", file=sys.stderr)
        return 2

    failed = 0
    for name in names:
        try:
            problems = compare_case(args.credlint, os.path.join(work, name))
        except Exception as error:  # a botocore parse error or a credlint crash is a failure of this case
            problems = [f"{type(error).__name__}: {error}"]
        if problems:
            failed += 1
            print(f"FAIL {name}")
            for problem in problems:
                print(f"  {problem}")
        else:
            print(f"ok   {name}")
    print(f"botocore {botocore.__version__}: {len(names) - failed} of {len(names)} cases agree with credlint")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
