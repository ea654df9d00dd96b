#!/usr/bin/env bash
# Runs the emulator's contract suite against the real OpenStack harness (Keystone, Neutron,
# Cinder, Nova on 127.0.0.1), so every assertion the emulator passes is also proven on the real
# services. Called by .ci/run; exits non-zero when the harness cannot start or a test fails.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
harness="${OS_HARNESS_DIR:-$repo/../shared/openstack-harness}"

if [[ ! -x "$harness/up.sh" ]]; then
	echo "contract-openstack: no harness at $harness (set OS_HARNESS_DIR)" >&2
	exit 2
fi

echo "contract-openstack: bringing up the OpenStack harness ($harness/up.sh)"
"$harness/up.sh"

export STACKSHIFT_CONTRACT_AUTH_URL="${STACKSHIFT_CONTRACT_AUTH_URL:-http://127.0.0.1:5000/v3}"
export STACKSHIFT_CONTRACT_USERNAME="${STACKSHIFT_CONTRACT_USERNAME:-admin}"
export STACKSHIFT_CONTRACT_PASSWORD="${STACKSHIFT_CONTRACT_PASSWORD:-admin-secret}"
export STACKSHIFT_CONTRACT_PROJECT="${STACKSHIFT_CONTRACT_PROJECT:-admin}"

echo "contract-openstack: running *ContractTest against $STACKSHIFT_CONTRACT_AUTH_URL"
cd "$repo"
./mvnw -B -pl emulator test -Dtest='*ContractTest' -Dsurefire.failIfNoSpecifiedTests=false
