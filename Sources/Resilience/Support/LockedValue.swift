import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A value protected by a `Synchronization.Mutex` that ThreadSanitizer can see.
///
/// On Linux, `Mutex` synchronises inside `libswiftSynchronization`, which is not built with ThreadSanitizer: every
/// access under a `Mutex` is then reported as a data race, and a ThreadSanitizer run of our concurrency tests would be
/// worthless. `pthread_mutex_t`, which ThreadSanitizer intercepts, costs about 17 ns per lock and unlock here against
/// 6 ns for `Mutex`. So the policies keep `Mutex` and tell ThreadSanitizer what it does: after locking, an acquire, and
/// before unlocking, a release, on the address of this object. The two annotation functions are looked up once; in a
/// process without ThreadSanitizer they are absent and each lock pays one predictable branch.
///
/// In the package's other modules `withLock` is not specialised (it is a generic call, with a metadata lookup): there,
/// on a hot path, use a `Mutex` with the ``ThreadSanitizer`` annotations instead.
@usableFromInline
package final class LockedValue<Value>: Sendable {
    @usableFromInline
    let mutex: Mutex<Value>
    // Copied from the globals so that a lock reads two fields instead of running two lazy-initialisation checks.
    @usableFromInline
    let acquireAnnotation = ThreadSanitizer.acquire
    @usableFromInline
    let releaseAnnotation = ThreadSanitizer.release

    /// Creates a lock protecting `value`.
    package init(_ value: sending Value) {
        self.mutex = Mutex(value)
    }

    /// Runs `body` with exclusive access to the value. Inlinable, for the few lookups that inlinable code makes.
    @inlinable
    @inline(__always)
    package func withLock<Result>(_ body: (inout sending Value) throws -> sending Result) rethrows -> sending Result {
        try self.mutex.withAnnotatedLock(
            owner: self,
            acquire: self.acquireAnnotation,
            release: self.releaseAnnotation,
            body
        )
    }
}

extension Mutex {
    /// `withLock`, announced to ThreadSanitizer as an acquire and a release of `owner` (see ``LockedValue``), for a
    /// `Mutex` stored in a class of its own: the one implementation of the annotated lock. Inlinable, so that a
    /// `Mutex` in another module of the package is specialised where it is used (`LockedValue`'s generic `withLock`
    /// is not, across modules).
    ///
    /// - Parameters:
    ///   - owner: The object whose address ThreadSanitizer sees acquired and released.
    ///   - acquire: `__tsan_acquire`, if present; by default looked up once per process.
    ///   - release: `__tsan_release`, if present; by default looked up once per process.
    ///   - body: The critical section.
    @inlinable
    @inline(__always)
    package func withAnnotatedLock<Result>(
        owner: AnyObject,
        acquire: ThreadSanitizer.Annotation? = ThreadSanitizer.acquire,
        release: ThreadSanitizer.Annotation? = ThreadSanitizer.release,
        _ body: (inout sending Value) throws -> sending Result
    ) rethrows -> sending Result {
        try self.withLock { value in
            let address = UnsafeMutableRawPointer(Unmanaged.passUnretained(owner).toOpaque())
            acquire?(address)
            defer { release?(address) }
            return try body(&value)
        }
    }
}

/// ThreadSanitizer's annotation interface, when the process runs with ThreadSanitizer.
@usableFromInline
package enum ThreadSanitizer {
    @usableFromInline
    package typealias Annotation = @convention(c) (UnsafeMutableRawPointer?) -> Void

    /// `__tsan_acquire`, or `nil` without ThreadSanitizer.
    @usableFromInline
    package static let acquire: Annotation? = lookUp("__tsan_acquire")

    /// `__tsan_release`, or `nil` without ThreadSanitizer.
    @usableFromInline
    package static let release: Annotation? = lookUp("__tsan_release")

    private static func lookUp(_ symbol: String) -> Annotation? {
        #if canImport(Darwin)
        let handle = UnsafeMutableRawPointer(bitPattern: -2)  // RTLD_DEFAULT
        #else
        let handle: UnsafeMutableRawPointer? = nil  // RTLD_DEFAULT
        #endif
        return dlsym(handle, symbol).map { unsafeBitCast($0, to: Annotation.self) }
    }
}
