#!/bin/sh
# A 3-node MariaDB Galera cluster on loopback for trying and testing Sinergi's cluster (issue 13):
# client ports 13306-13308, Galera replication 14567/14577/14587, data under $CLUSTER_DIR (data/cluster),
# each server's PID in $CLUSTER_DIR/galera<N>.pid. Debian packages: mariadb-server galera-4 rsync.
#   sh config/cluster/galera.sh start     # bootstraps node 1, then 2 and 3 join it
#   sh config/cluster/galera.sh join 1   # a node that was stopped or killed joins the running cluster again
#   sh config/cluster/galera.sh stop
set -eu
dir=${CLUSTER_DIR:-data/cluster}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
members=gcomm://127.0.0.1:14567,127.0.0.1:14577,127.0.0.1:14587
user_arg=
if [ "$(id -u)" = 0 ]; then
  # as root, the servers run as Debian's mysql user: rsync's state transfer daemon drops root for "nobody",
  # who could not write a root-owned data folder
  user_arg=--user=mysql
  chown mysql "$dir"
fi

node() { # n: writes the node's option file, creates its data folder once
  n=$1
  data=$dir/galera$n
  cnf=$dir/galera$n.cnf
  cat > "$cnf" <<CNF
[mariadbd]
datadir=$data
port=$((13305 + n))
bind-address=127.0.0.1
socket=$dir/galera$n.sock
pid-file=$dir/galera$n.pid
log-error=$dir/galera$n.log
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
max-connections=300
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
# Sinergi's migrations create triggers (V4); with the binary log Galera needs, that takes SUPER or this
log_bin_trust_function_creators=1
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=sinergi
wsrep_cluster_address=$members
wsrep_node_name=galera$n
wsrep_node_address=127.0.0.1:$((14557 + 10 * n))
wsrep_provider_options=ist.recv_addr=127.0.0.1:$((14558 + 10 * n));gmcast.listen_addr=tcp://127.0.0.1:$((14557 + 10 * n))
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((14559 + 10 * n))
CNF
  if [ ! -d "$data/mysql" ]; then
    mariadb-install-db --defaults-file="$cnf" $user_arg --auth-root-authentication-method=socket >/dev/null
  fi
  [ "$(id -u)" = 0 ] && chown -R mysql "$data"
}

wait_synced() { # n
  i=0
  until [ "$(mariadb --socket="$dir/galera$1.sock" -N -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)" = Synced ]; do
    i=$((i + 1))
    if [ $i -gt 120 ]; then
      echo "galera$1 did not join; see $dir/galera$1.log" >&2
      exit 1
    fi
    sleep 1
  done
}

case "${1:-start}" in
start)
  for n in 1 2 3; do node $n; done
  # node 1 starts the cluster (the stop below takes it down last; after a crash of all three it is told it may)
  [ -f "$dir/galera1/grastate.dat" ] && sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$dir/galera1/grastate.dat"
  mariadbd --defaults-file="$dir/galera1.cnf" $user_arg --wsrep-new-cluster >/dev/null 2>&1 &
  wait_synced 1
  mariadb --socket="$dir/galera1.sock" -e "CREATE DATABASE IF NOT EXISTS sinergi CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'sinergi'@'127.0.0.1' IDENTIFIED BY 'sinergi'; GRANT ALL ON sinergi.* TO 'sinergi'@'127.0.0.1';"
  for n in 2 3; do
    mariadbd --defaults-file="$dir/galera$n.cnf" $user_arg >/dev/null 2>&1 &
    wait_synced $n
  done
  echo "Galera: 3 nodes synced on 127.0.0.1:13306-13308 (data in $dir)"
  ;;
join)
  n=${2:?which node: 1, 2 or 3}
  node "$n"
  mariadbd --defaults-file="$dir/galera$n.cnf" $user_arg >/dev/null 2>&1 &
  wait_synced "$n"
  echo "Galera: galera$n synced again"
  ;;
stop)
  for n in 3 2 1; do
    pid=$(cat "$dir/galera$n.pid" 2>/dev/null || true)
    [ -n "$pid" ] || continue
    kill "$pid" 2>/dev/null || true
    i=0
    while kill -0 "$pid" 2>/dev/null && [ $i -lt 60 ]; do i=$((i + 1)); sleep 1; done
  done
  ;;
esac
