import Logging
import Tracing

/// Where a policy tells what it did to a call (rejected it, retried it, timed it out): a log line at debug level and
/// an event on the caller's active span, with the same fields.
///
/// Every policy takes the same two parameters for it, `logger: Logger = .current` and
/// `tracer: (any Tracer)? = InstrumentationSystem.tracer`, and reports through one of these. Only slow paths report: the
/// log line is built only when debug is enabled, and reading the task-local span context costs tens of nanoseconds.
///
/// A class, so that a policy reports through a reference: a struct holding a `Logger` and a tracer existential was
/// copied (two boxed existentials, their retains and releases) on every report.
final class PolicyReporter: Sendable {
    /// A field of a report.
    enum Value {
        case string(String)
        case int(Int)
        /// Logged as a duration (`"250.0 milliseconds"`); a span attribute `<key>_ms` in milliseconds.
        case duration(Duration)
    }

    let logger: Logger
    let tracer: (any Tracer)?
    /// Whether the logger logs at debug level, read once: reading a `Logger`'s level copies its handler out of a
    /// shared box under a dynamic exclusivity check, about a hundred instructions, which a rejection with debug logging
    /// off would pay every time. The policy keeps its own copy of the logger, whose level nobody else can set; a handler
    /// that computes its level at every read is read when the policy is made.
    private let logsDebug: Bool
    /// Whether a report goes nowhere: no debug logging, no tracer. Checked first, so that a silent report costs one load.
    let isSilent: Bool

    init(logger: Logger, tracer: (any Tracer)?) {
        self.logger = logger
        self.logsDebug = logger.logLevel <= .debug
        // The default tracer of a process that bootstrapped none: no span to add events to, so no task-local to read.
        self.tracer = tracer is NoOpTracer ? nil : tracer
        self.isSilent = !self.logsDebug && self.tracer == nil
    }

    /// Logs `message` at debug level and adds the span event `event`, both carrying `fields`.
    ///
    /// The fields are built only when they are used (debug logging on, or a span to add the event to): a rejection
    /// without either costs two checks, not the formatting of its fields.
    func report(
        _ message: @autoclosure () -> Logger.Message,
        event: String,
        _ fields: @autoclosure () -> KeyValuePairs<String, Value>
    ) {
        guard !self.isSilent else { return }
        if self.logsDebug {
            self.logger.debug(message(), metadata: Self.metadata(fields()))
        }
        addEventToActiveSpan(self.tracer, event) { attributes in
            for (key, value) in fields() {
                switch value {
                case .string(let string): attributes[key] = string
                case .int(let int): attributes[key] = int
                case .duration(let duration): attributes["\(key)_ms"] = Double(duration.nanoseconds) / 1_000_000
                }
            }
        }
    }

    private static func metadata(_ fields: KeyValuePairs<String, Value>) -> Logger.Metadata {
        var metadata = Logger.Metadata()
        for (key, value) in fields {
            switch value {
            case .string(let string): metadata[key] = "\(string)"
            case .int(let int): metadata[key] = "\(int)"
            case .duration(let duration): metadata[key] = "\(duration)"
            }
        }
        return metadata
    }
}

/// Adds an event to the caller's active span.
///
/// Nothing happens without a tracer, outside a span, or when the tracer has no active span for the task's context.
func addEventToActiveSpan(
    _ tracer: (any Tracer)?,
    _ name: String,
    _ fill: (inout SpanAttributes) -> Void
) {
    guard let tracer, let context = ServiceContext.current, let span = tracer.activeSpan(identifiedBy: context) else {
        return
    }
    var attributes = SpanAttributes()
    fill(&attributes)
    span.addEvent(SpanEvent(name: name, attributes: attributes))
}
