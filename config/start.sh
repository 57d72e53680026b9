#!/bin/sh
# The one command line that runs Sinergi on Payara Micro. The Docker image runs it, and so do
# `./mvnw -Prun` and StartScriptIT, so what the tests start is what production starts.
#
# Environment:
#   PAYARA_MICRO_JAR, SINERGI_WAR   the runtime and the application (required)
#   SINERGI_DB_URL, SINERGI_DB_USER, SINERGI_DB_PASSWORD   the MariaDB to use (required)
#   SINERGI_PORT          HTTP port (8080)
#   SINERGI_CLUSTER_MODE  e.g. tcpip:10.0.0.11:6900,10.0.0.12:6900 to form a Hazelcast cluster;
#                         unset runs a single node without Hazelcast
#   SINERGI_INTERFACES    the network interface Hazelcast binds to (with SINERGI_CLUSTER_MODE)
#   SINERGI_PUBLIC_URL    the address users reach Sinergi at, for links in e-mails and PDFs
#                         (http://localhost:$SINERGI_PORT)
#   SINERGI_MAIL_HOST, SINERGI_MAIL_PORT   the SMTP server for e-mail (localhost, 25)
#   SINERGI_MAIL_FROM     the sender address (noreply@sinergi.local)
#   SINERGI_MAIL_USER, SINERGI_MAIL_PASSWORD   SMTP login, when the server wants one (with STARTTLS)
#   SINERGI_EVIDENCE_DIR  where uploaded evidence files are kept, outside the web root (data/evidence
#                         under the working folder); back it up with the database
#   PAYARA_ROOTDIR        Payara Micro's working folder (a fresh temporary one when unset); in a cluster
#                         each start needs an empty one: a node restarted on its old folder did not find
#                         the sessions the other nodes hold
#   JAVA_OPTS             JVM options (-Xmx512m)
#   JAVA_HOME             the JDK/JRE 21+ to run (else java on the PATH)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
: "${PAYARA_MICRO_JAR:?set PAYARA_MICRO_JAR to the payara-micro jar}"
: "${SINERGI_WAR:?set SINERGI_WAR to sinergi.war}"
: "${SINERGI_DB_URL:?set SINERGI_DB_URL, e.g. jdbc:mariadb://db.example:3306/sinergi}"
: "${SINERGI_DB_USER:?set SINERGI_DB_USER}"
export SINERGI_DB_PASSWORD="${SINERGI_DB_PASSWORD:-}"
port="${SINERGI_PORT:-8080}"
export SINERGI_PUBLIC_URL="${SINERGI_PUBLIC_URL:-http://localhost:$port}"
starttls=false
# a password means a real mail provider: log in over STARTTLS (the password itself is read by the
# application from the environment, never put on a command line)
[ -n "${SINERGI_MAIL_PASSWORD:-}" ] && starttls=true

# the mail session in post-boot-commands.asadmin reads these system properties
set -- -Duser.timezone=UTC -Dsinergi.mail.host="${SINERGI_MAIL_HOST:-localhost}" \
    -Dsinergi.mail.port="${SINERGI_MAIL_PORT:-25}" -Dsinergi.mail.from="${SINERGI_MAIL_FROM:-noreply@sinergi.local}" \
    -Dsinergi.mail.user="${SINERGI_MAIL_USER:-sinergi}" -Dsinergi.mail.starttls="$starttls" \
    -jar "$PAYARA_MICRO_JAR" --port "$port" --contextroot / --disablephonehome \
    --postbootcommandfile "$here/post-boot-commands.asadmin"
if [ -n "${SINERGI_CLUSTER_MODE:-}" ]; then
    # sessions live in the Hazelcast data grid the nodes form: any node serves any session
    set -- "$@" --clustermode "$SINERGI_CLUSTER_MODE" --prebootcommandfile "$here/pre-boot-commands.asadmin"
    [ -n "${SINERGI_INTERFACES:-}" ] && set -- "$@" --interfaces "$SINERGI_INTERFACES"
else
    # one node, no Hazelcast: the (distributable) application keeps its sessions in memory, which
    # needs web availability off (Payara Micro accepts one pre-boot file: the shared one plus that line,
    # in a file of its own made by mktemp, never a predictable name in a shared folder)
    single=$(mktemp "${TMPDIR:-/tmp}/sinergi-pre-boot.XXXXXX")
    { cat "$here/pre-boot-commands.asadmin"
      echo "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false"
    } > "$single"
    set -- "$@" --nohazelcast --prebootcommandfile "$single"
fi
[ -n "${PAYARA_ROOTDIR:-}" ] && set -- "$@" --rootdir "$PAYARA_ROOTDIR"

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# shellcheck disable=SC2086
exec "$java" ${JAVA_OPTS:--Xmx512m} "$@" --deploy "$SINERGI_WAR"
