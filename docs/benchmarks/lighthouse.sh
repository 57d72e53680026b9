#!/bin/sh
# Lighthouse 12.2.3 (mobile defaults: simulated slow 4G, 4x CPU slowdown) in Debian's Chromium on
# the pages of a running Sinergi (./mvnw -Prun -Dsinergi.port=8095): the public pages, and the
# voting page as the demo participant (logged in through the login page). One line per page.
#   npm install --prefix /tmp/lh lighthouse@12.2.3 && LH=/tmp/lh sh docs/benchmarks/lighthouse.sh http://localhost:8095
set -eu
LH=${LH:-/tmp/lh}
out=${OUT:-/tmp/lh}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
base=${1:-http://localhost:8095}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

# the demo participant's session: the login form's view state and script nonce, then the post
form=$(curl -s -c "$jar" "$base/login")
state=$(echo "$form" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
nonce=$(echo "$form" | grep -o "PrimeFaces.csp.init('[^']*'" | head -1 | sed "s/.*init('//;s/'$//")
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode login=login --data-urlencode login:email=peserta@sinergi.demo \
  --data-urlencode login:password=sinergi-demo --data-urlencode login:submit= \
  --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce" "$base/login"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")

run() { # page, extra Lighthouse arguments
  page=$1; shift
  name=$(echo "$page" | tr '/' '_')
  "$LH/node_modules/.bin/lighthouse" "$base$page" --quiet --output=json --output-path="$out/report$name.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-dev-shm-usage ${FLAGS:-}" "$@" >/dev/null 2>&1 || true
  node -e '
    const r = require(process.argv[1]);
    const c = r.categories, a = r.audits;
    const kb = Math.round(a["total-byte-weight"].numericValue / 1024);
    console.log([process.argv[2], "perf " + Math.round(c.performance.score*100), "a11y " + Math.round(c.accessibility.score*100),
      "best " + Math.round(c["best-practices"].score*100), "FCP " + (a["first-contentful-paint"].numericValue/1000).toFixed(1) + " s",
      "LCP " + (a["largest-contentful-paint"].numericValue/1000).toFixed(1) + " s",
      "TBT " + Math.round(a["total-blocking-time"].numericValue) + " ms", kb + " KB"].join(" | "));
  ' "$out/report$name.json" "$page"
}

for page in / /f/tppo-babel-2025 /f/tppo-babel-2025/ideas /f/tppo-babel-2024/recommendations /f/tppo-babel-2024/accountability; do
  run "$page"
done
run /f/tppo-babel-2025/voting --extra-headers="{\"Cookie\":\"JSESSIONID=$session\"}"
