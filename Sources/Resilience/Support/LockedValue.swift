#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A value protected by a `pthread_mutex_t`, in the shape of SwiftNIO's `NIOLockedValueBox`.
///
/// The policies use this instead of `Synchronization.Mutex` because on Linux `Mutex` synchronises inside
/// `libswiftSynchronization`, where ThreadSanitizer cannot see it: every access under a `Mutex` is then reported as a
/// race, which would make the ThreadSanitizer run of our concurrency tests worthless. `pthread_mutex_t` is intercepted
/// by ThreadSanitizer and costs the same uncontended (one compare-and-swap to lock, one to unlock); the value and the
/// mutex live in one allocation and are reached through pointers, so no exclusivity check runs per access.
package final class LockedValue<Value>: @unchecked Sendable {
    private let storage: Storage

    private final class Storage: ManagedBuffer<Value, pthread_mutex_t> {
        deinit {
            _ = self.withUnsafeMutablePointerToElements { pthread_mutex_destroy($0) }
        }
    }

    /// Creates a lock protecting `value`.
    package init(_ value: Value) {
        let buffer = Storage.create(minimumCapacity: 1) { _ in value }
        self.storage = unsafeDowncast(buffer, to: Storage.self)
        self.storage.withUnsafeMutablePointerToElements { mutex in
            mutex.initialize(to: pthread_mutex_t())
            var attributes = pthread_mutexattr_t()
            pthread_mutexattr_init(&attributes)
            #if os(Linux)
            // Error checking is for debug builds only; the default (fast) mutex otherwise.
            #if DEBUG
            pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_ERRORCHECK))
            #endif
            #endif
            let error = pthread_mutex_init(mutex, &attributes)
            pthread_mutexattr_destroy(&attributes)
            precondition(error == 0, "pthread_mutex_init failed: \(error)")
        }
    }

    /// Runs `body` with exclusive access to the value.
    @inline(__always)
    package func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        try self.storage.withUnsafeMutablePointers { value, mutex in
            let lockError = pthread_mutex_lock(mutex)
            assert(lockError == 0, "pthread_mutex_lock failed: \(lockError)")
            defer {
                let unlockError = pthread_mutex_unlock(mutex)
                assert(unlockError == 0, "pthread_mutex_unlock failed: \(unlockError)")
            }
            return try body(&value.pointee)
        }
    }
}
