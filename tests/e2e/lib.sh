# Shared by the end-to-end scripts (source it after cd into the work folder): a failure counter
# and `expect CODE PATTERN -- command...`, which runs the command with its output in out.txt and
# err.txt and fails unless it exits CODE and its output holds PATTERN (grep).
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
expect() {
    local code=$1 pattern=$2
    shift 3
    "$@" > out.txt 2> err.txt
    local rc=$?
    if [ "$rc" != "$code" ] || ! grep -q -- "$pattern" out.txt err.txt; then
        fail "'$*' exited $rc (want $code), output lacks '$pattern':"
        head -5 out.txt err.txt
    fi
}
