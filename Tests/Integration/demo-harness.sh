# Sourced by the integration scripts that run the demo (from the repository's root).

# Builds resilience-demo and sets `demo` to its path.
build_demo() {
    swift build --package-path Demo --product resilience-demo
    demo="$(swift build --package-path Demo --show-bin-path)/resilience-demo"
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
