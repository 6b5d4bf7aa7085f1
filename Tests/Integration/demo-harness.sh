# Sourced by the integration scripts that run the demo (from the repository's root).

# Builds resilience-demo and sets `demo` to its path. In the build folder RESILIENCE_DEMO_SCRATCH_PATH names when it is
# set (`.ci/run` shares the root's `.build`, where the dependencies are built already), otherwise in Demo/.build. With
# RESILIENCE_DEMO_PREBUILT=1 it is there already and is not built again (`.ci/run`: SwiftPM 6.3 orders the trait flags
# of a package differently in each run, so every `swift build` compiles the packages with traits again).
build_demo() {
    local scratch=()
    if [ -n "${RESILIENCE_DEMO_SCRATCH_PATH:-}" ]; then scratch=(--scratch-path "$RESILIENCE_DEMO_SCRATCH_PATH"); fi
    if [ "${RESILIENCE_DEMO_PREBUILT:-0}" != 1 ]; then
        swift build --package-path Demo "${scratch[@]}" --product resilience-demo
    fi
    demo="$(swift build --package-path Demo "${scratch[@]}" --show-bin-path)/resilience-demo"
    test -x "$demo"
}

# Prints N free ports on 127.0.0.1, distinct (all are held until all are known), on one line.
free_ports() {
    python3 - "$1" <<'PYTHON'
import socket, sys
sockets = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in sockets:
    s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in sockets])
PYTHON
}
