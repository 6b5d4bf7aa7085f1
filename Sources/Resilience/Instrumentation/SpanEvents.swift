import Tracing

/// Adds an event to the caller's active span: what every policy does when it rejects, retries or times out a call.
///
/// Nothing happens without a tracer, outside a span, or when the tracer has no active span for the task's context.
/// Only slow paths call it (a rejection, a retry, a timeout, a transition): reading the task-local context costs
/// tens of nanoseconds.
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
