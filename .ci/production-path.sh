#!/usr/bin/env bash
# Boots the packaged service against the PostgreSQL server at 127.0.0.1:5432 (database
# test, in a schema of its own that is dropped afterwards), checks health and one
# authenticated call, and stops the service by its PID.
set -euo pipefail
cd "$(dirname "$0")/.."
schema="stackshift_ci_$$"
port="${STACKSHIFT_CI_PORT:-18080}"
log=$(mktemp)
pid=""
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
	psql -h 127.0.0.1 -U postgres -d test -q -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true
	rm -f "$log"
}
trap cleanup EXIT

SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema" \
SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
SPRING_FLYWAY_SCHEMAS="$schema" SPRING_FLYWAY_CREATE_SCHEMAS=true \
STACKSHIFT_SECRET_KEY="$(head -c 32 /dev/urandom | base64)" \
STACKSHIFT_ADMIN_USERNAME=ci-admin STACKSHIFT_ADMIN_PASSWORD=ci-admin-password-42 \
SERVER_PORT="$port" \
	java -jar server/target/stackshift.jar >"$log" 2>&1 &
pid=$!

for _ in $(seq 240); do
	if curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
	kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "the service died" >&2; exit 1; }
	sleep 1
done
curl -fsS "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"' || { cat "$log"; exit 1; }
grep -q "Embedded PostgreSQL on port" "$log" && { echo "an embedded database was started despite the datasource" >&2; exit 1; }

token=$(curl -fsS -H 'Content-Type: application/json' \
	-d '{"username":"ci-admin","password":"ci-admin-password-42"}' \
	"http://127.0.0.1:$port/api-auth/password/" | sed -E 's/.*"token":"([^"]+)".*/\1/')
me=$(curl -fsS -H "Authorization: Token $token" "http://127.0.0.1:$port/api/users/me/")
echo "$me" | grep -q '"username":"ci-admin"' || { echo "unexpected: $me" >&2; exit 1; }
if grep -q -e "ci-admin-password-42" -e "$token" "$log"; then
	echo "a secret reached the log" >&2
	exit 1
fi
echo "production path OK: health UP, authenticated as ci-admin on PostgreSQL schema $schema"
