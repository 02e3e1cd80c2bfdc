#!/usr/bin/env bash
# Builds the SupportBot Teams app package (a zip to upload in Teams admin center or Developer Portal).
#
#   deployment/teams/package.sh <bot-app-id> <bot-domain> [output-zip]
#   BOT_APP_ID=<guid> BOT_DOMAIN=<host> deployment/teams/package.sh
#
#   bot-app-id  the bot's Microsoft App ID (MicrosoftAppId), a GUID
#   bot-domain  the bot's public host name, e.g. supportbot.contoso.com (no scheme, path or port)
#   output-zip  default deployment/teams/build/SupportBot.zip (env OUTPUT)
#
# Optional env: TEAMS_APP_ID (the Teams app's own GUID; default: the bot's App ID),
#               APP_VERSION (semver, default: "version" in manifest.json; raise it for every re-upload).
#
# It fills the ${{...}} tokens of manifest.json, checks that none is left and that the result is JSON,
# and writes a zip whose root holds manifest.json, tr-tr.json, color.png and outline.png.
# Needs only bash and python3.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

usage() {
  sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
}

fail() {
  echo "package.sh: error: $*" >&2
  exit 2
}

if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  usage
  exit 0
fi
if [ "$#" -gt 3 ]; then
  usage
  fail "expected at most 3 arguments, got $#"
fi

bot_app_id="${1:-${BOT_APP_ID:-}}"
bot_domain="${2:-${BOT_DOMAIN:-}}"
output="${3:-${OUTPUT:-$here/build/SupportBot.zip}}"
teams_app_id="${TEAMS_APP_ID:-$bot_app_id}"
app_version="${APP_VERSION:-}"

guid_re='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
# A DNS host name with at least one dot: labels of letters, digits and inner hyphens, a letter-only TLD.
domain_re='^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$'
semver_re='^[0-9]+\.[0-9]+\.[0-9]+$'

[ -n "$bot_app_id" ] || { usage; fail "the bot's Microsoft App ID is missing (first argument or BOT_APP_ID)"; }
[ -n "$bot_domain" ] || { usage; fail "the bot's public host name is missing (second argument or BOT_DOMAIN)"; }
[[ "$bot_app_id" =~ $guid_re ]] || fail "bot app id '$bot_app_id' is not a GUID (expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)"
[[ "$teams_app_id" =~ $guid_re ]] || fail "TEAMS_APP_ID '$teams_app_id' is not a GUID"
[[ "$bot_domain" =~ $domain_re ]] || fail "bot domain '$bot_domain' is not a host name (give e.g. supportbot.contoso.com, without https:// or a path)"
[ -z "$app_version" ] || [[ "$app_version" =~ $semver_re ]] || fail "APP_VERSION '$app_version' is not a version like 1.2.3"
case "$output" in
  *.zip) ;;
  *) fail "output '$output' must end in .zip" ;;
esac

command -v python3 >/dev/null 2>&1 || fail "python3 is required"

mkdir -p "$(dirname "$output")"

python3 - "$here" "$output" "$teams_app_id" "$bot_app_id" "$bot_domain" "$app_version" <<'PY'
import json, os, re, sys, zipfile

here, output, teams_app_id, bot_app_id, bot_domain, app_version = sys.argv[1:7]
with open(os.path.join(here, "manifest.json"), encoding="utf-8") as f:
    text = f.read()
tokens = {"TEAMS_APP_ID": teams_app_id.lower(), "BOT_APP_ID": bot_app_id.lower(), "BOT_DOMAIN": bot_domain.lower()}
for name, value in tokens.items():
    text = text.replace("${{" + name + "}}", value)
left = sorted(set(re.findall(r"\$\{\{[^}]*\}\}", text)))
if left:
    sys.exit(f"package.sh: error: manifest.json still has unfilled tokens: {', '.join(left)}")
manifest = json.loads(text)
if app_version:
    manifest["version"] = app_version

files = [("manifest.json", (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))]
wanted = [manifest["icons"]["color"], manifest["icons"]["outline"]]
wanted += [lang["file"] for lang in manifest.get("localizationInfo", {}).get("additionalLanguages", [])]
for name in wanted:
    path = os.path.join(here, name)
    if not os.path.isfile(path):
        sys.exit(f"package.sh: error: {name} named in manifest.json is missing from {here}")
    with open(path, "rb") as f:
        files.append((name, f.read()))

tmp = output + ".tmp"
with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in files:
        info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        z.writestr(info, data)
os.replace(tmp, output)
print(f"wrote {output}: {', '.join(name for name, _ in files)}")
print(f"  app id {manifest['id']}, bot id {manifest['bots'][0]['botId']}, domain {bot_domain.lower()}, version {manifest['version']}")
PY
