// Written by ReleaseBuildCheck/generate-shapes; do not edit.
// swift-format-ignore-file

import Resilience
import ResilienceConfiguration

func circuitBreaker_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_untyped")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func circuitBreaker_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_untyped")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func circuitBreaker_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_untyped")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor CircuitBreaker_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("circuitBreaker_untyped")
        let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return try await work(i) }
        }
        return total
    }
}

func circuitBreaker_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await CircuitBreaker_untypedActor().total(inputs)
}

func circuitBreaker_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_untyped")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func circuitBreaker_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_untyped")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func circuitBreaker_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_untyped")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func circuitBreaker_untyped_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_untyped")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { try await work(i) } }
}

func circuitBreaker_untyped_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_untyped")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    return try await executeEach(inputs, through: subject) { i in { try await work(i) } }
}

func circuitBreaker_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_typed")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func circuitBreaker_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_typed")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func circuitBreaker_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_typed")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor CircuitBreaker_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("circuitBreaker_typed")
        let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in self.calls += 1; return try await typedWork(i) }
        }
        return total
    }
}

func circuitBreaker_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await CircuitBreaker_typedActor().total(inputs)
}

func circuitBreaker_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_typed")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func circuitBreaker_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_typed")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func circuitBreaker_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_typed")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func circuitBreaker_typed_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_typed")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func circuitBreaker_typed_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_typed")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    return try await executeEach(inputs, through: subject) { i in { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func circuitBreaker_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_nonThrowing")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func circuitBreaker_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_nonThrowing")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func circuitBreaker_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_nonThrowing")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor CircuitBreaker_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("circuitBreaker_nonThrowing")
        let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return await plainWork(i) }
        }
        return total
    }
}

func circuitBreaker_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await CircuitBreaker_nonThrowingActor().total(inputs)
}

func circuitBreaker_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_nonThrowing")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func circuitBreaker_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_nonThrowing")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func circuitBreaker_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_nonThrowing")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func circuitBreaker_nonThrowing_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_nonThrowing")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { await plainWork(i) } }
}

func circuitBreaker_nonThrowing_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreaker_nonThrowing")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    return try await executeEach(inputs, through: subject) { i in { await plainWork(i) } }
}

func circuitBreakerUntimed_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_untyped")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func circuitBreakerUntimed_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_untyped")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func circuitBreakerUntimed_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_untyped")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor CircuitBreakerUntimed_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("circuitBreakerUntimed_untyped")
        var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return try await work(i) }
        }
        return total
    }
}

func circuitBreakerUntimed_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await CircuitBreakerUntimed_untypedActor().total(inputs)
}

func circuitBreakerUntimed_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_untyped")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func circuitBreakerUntimed_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_untyped")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func circuitBreakerUntimed_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_untyped")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func circuitBreakerUntimed_untyped_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_untyped")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { try await work(i) } }
}

func circuitBreakerUntimed_untyped_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_untyped")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    return try await executeEach(inputs, through: subject) { i in { try await work(i) } }
}

func circuitBreakerUntimed_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_typed")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func circuitBreakerUntimed_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_typed")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func circuitBreakerUntimed_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_typed")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor CircuitBreakerUntimed_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("circuitBreakerUntimed_typed")
        var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in self.calls += 1; return try await typedWork(i) }
        }
        return total
    }
}

func circuitBreakerUntimed_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await CircuitBreakerUntimed_typedActor().total(inputs)
}

func circuitBreakerUntimed_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_typed")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func circuitBreakerUntimed_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_typed")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func circuitBreakerUntimed_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_typed")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func circuitBreakerUntimed_typed_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_typed")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func circuitBreakerUntimed_typed_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_typed")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    return try await executeEach(inputs, through: subject) { i in { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func circuitBreakerUntimed_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_nonThrowing")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func circuitBreakerUntimed_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_nonThrowing")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func circuitBreakerUntimed_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_nonThrowing")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor CircuitBreakerUntimed_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("circuitBreakerUntimed_nonThrowing")
        var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return await plainWork(i) }
        }
        return total
    }
}

func circuitBreakerUntimed_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await CircuitBreakerUntimed_nonThrowingActor().total(inputs)
}

func circuitBreakerUntimed_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_nonThrowing")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func circuitBreakerUntimed_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_nonThrowing")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func circuitBreakerUntimed_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_nonThrowing")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func circuitBreakerUntimed_nonThrowing_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_nonThrowing")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { await plainWork(i) } }
}

func circuitBreakerUntimed_nonThrowing_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerUntimed_nonThrowing")
    var untimed = CircuitBreaker.Configuration(); untimed.detectsSlowCalls = false; let subject = try CircuitBreaker(name: "untimed breaker \(tag)", configuration: untimed)
    return try await executeEach(inputs, through: subject) { i in { await plainWork(i) } }
}

func circuitBreakerClassifying_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerClassifying_untyped")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    var total = 0
    for i in inputs {
        total &+= try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { try await work(i) }
    }
    return total
}

func circuitBreakerClassifying_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerClassifying_untyped")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    return try await sumAsync(inputs) { i in try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { try await work(i) } }
}

func circuitBreakerClassifying_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerClassifying_untyped")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    let values = try await mapAsync(inputs) { i in try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { try await work(i) } }
    return values.reduce(0, &+)
}

actor CircuitBreakerClassifying_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("circuitBreakerClassifying_untyped")
        let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { self.calls += 1; return try await work(i) }
        }
        return total
    }
}

func circuitBreakerClassifying_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await CircuitBreakerClassifying_untypedActor().total(inputs)
}

func circuitBreakerClassifying_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerClassifying_untyped")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func circuitBreakerClassifying_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerClassifying_untyped")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func circuitBreakerClassifying_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerClassifying_untyped")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { try await work(i) } } }
    }
    return total
}

func circuitBreakerClassifying_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerClassifying_typed")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    var total = 0
    for i in inputs {
        total &+= try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func circuitBreakerClassifying_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerClassifying_typed")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    return try await sumAsync(inputs) { i in try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func circuitBreakerClassifying_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerClassifying_typed")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    let values = try await mapAsync(inputs) { i in try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor CircuitBreakerClassifying_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("circuitBreakerClassifying_typed")
        let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { () async throws(Failure) -> Int in self.calls += 1; return try await typedWork(i) }
        }
        return total
    }
}

func circuitBreakerClassifying_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await CircuitBreakerClassifying_typedActor().total(inputs)
}

func circuitBreakerClassifying_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerClassifying_typed")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func circuitBreakerClassifying_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerClassifying_typed")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func circuitBreakerClassifying_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerClassifying_typed")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func circuitBreakerClassifying_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerClassifying_nonThrowing")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    var total = 0
    for i in inputs {
        total &+= try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { await plainWork(i) }
    }
    return total
}

func circuitBreakerClassifying_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerClassifying_nonThrowing")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    return try await sumAsync(inputs) { i in try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { await plainWork(i) } }
}

func circuitBreakerClassifying_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerClassifying_nonThrowing")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    let values = try await mapAsync(inputs) { i in try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor CircuitBreakerClassifying_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("circuitBreakerClassifying_nonThrowing")
        let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { self.calls += 1; return await plainWork(i) }
        }
        return total
    }
}

func circuitBreakerClassifying_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await CircuitBreakerClassifying_nonThrowingActor().total(inputs)
}

func circuitBreakerClassifying_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerClassifying_nonThrowing")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func circuitBreakerClassifying_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerClassifying_nonThrowing")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func circuitBreakerClassifying_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("circuitBreakerClassifying_nonThrowing")
    let subject = try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run(classifyingResult: { $0 < 0 ? .failure : .success }) { await plainWork(i) } } }
    }
    return total
}

func bulkhead_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_untyped")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func bulkhead_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_untyped")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func bulkhead_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_untyped")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor Bulkhead_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("bulkhead_untyped")
        let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return try await work(i) }
        }
        return total
    }
}

func bulkhead_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await Bulkhead_untypedActor().total(inputs)
}

func bulkhead_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_untyped")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func bulkhead_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_untyped")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func bulkhead_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_untyped")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func bulkhead_untyped_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_untyped")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { try await work(i) } }
}

func bulkhead_untyped_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_untyped")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    return try await executeEach(inputs, through: subject) { i in { try await work(i) } }
}

func bulkhead_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_typed")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func bulkhead_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_typed")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func bulkhead_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_typed")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor Bulkhead_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("bulkhead_typed")
        let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in self.calls += 1; return try await typedWork(i) }
        }
        return total
    }
}

func bulkhead_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await Bulkhead_typedActor().total(inputs)
}

func bulkhead_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_typed")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func bulkhead_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_typed")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func bulkhead_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_typed")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func bulkhead_typed_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_typed")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func bulkhead_typed_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_typed")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    return try await executeEach(inputs, through: subject) { i in { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func bulkhead_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_nonThrowing")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func bulkhead_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_nonThrowing")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func bulkhead_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_nonThrowing")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor Bulkhead_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("bulkhead_nonThrowing")
        let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return await plainWork(i) }
        }
        return total
    }
}

func bulkhead_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await Bulkhead_nonThrowingActor().total(inputs)
}

func bulkhead_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_nonThrowing")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func bulkhead_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_nonThrowing")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func bulkhead_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_nonThrowing")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func bulkhead_nonThrowing_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_nonThrowing")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { await plainWork(i) } }
}

func bulkhead_nonThrowing_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("bulkhead_nonThrowing")
    let subject = try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    return try await executeEach(inputs, through: subject) { i in { await plainWork(i) } }
}

func rateLimiter_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_untyped")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func rateLimiter_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_untyped")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func rateLimiter_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_untyped")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor RateLimiter_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("rateLimiter_untyped")
        let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return try await work(i) }
        }
        return total
    }
}

func rateLimiter_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await RateLimiter_untypedActor().total(inputs)
}

func rateLimiter_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_untyped")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func rateLimiter_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_untyped")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func rateLimiter_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_untyped")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func rateLimiter_untyped_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_untyped")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { try await work(i) } }
}

func rateLimiter_untyped_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_untyped")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    return try await executeEach(inputs, through: subject) { i in { try await work(i) } }
}

func rateLimiter_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_typed")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func rateLimiter_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_typed")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func rateLimiter_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_typed")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor RateLimiter_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("rateLimiter_typed")
        let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in self.calls += 1; return try await typedWork(i) }
        }
        return total
    }
}

func rateLimiter_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await RateLimiter_typedActor().total(inputs)
}

func rateLimiter_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_typed")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func rateLimiter_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_typed")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func rateLimiter_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_typed")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func rateLimiter_typed_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_typed")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func rateLimiter_typed_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_typed")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    return try await executeEach(inputs, through: subject) { i in { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func rateLimiter_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_nonThrowing")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func rateLimiter_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_nonThrowing")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func rateLimiter_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_nonThrowing")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor RateLimiter_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("rateLimiter_nonThrowing")
        let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return await plainWork(i) }
        }
        return total
    }
}

func rateLimiter_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await RateLimiter_nonThrowingActor().total(inputs)
}

func rateLimiter_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_nonThrowing")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func rateLimiter_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_nonThrowing")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func rateLimiter_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_nonThrowing")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func rateLimiter_nonThrowing_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_nonThrowing")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { await plainWork(i) } }
}

func rateLimiter_nonThrowing_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("rateLimiter_nonThrowing")
    let subject = try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    return try await executeEach(inputs, through: subject) { i in { await plainWork(i) } }
}

func adaptiveConcurrencyLimiter_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_untyped")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func adaptiveConcurrencyLimiter_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_untyped")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func adaptiveConcurrencyLimiter_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_untyped")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor AdaptiveConcurrencyLimiter_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("adaptiveConcurrencyLimiter_untyped")
        let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return try await work(i) }
        }
        return total
    }
}

func adaptiveConcurrencyLimiter_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await AdaptiveConcurrencyLimiter_untypedActor().total(inputs)
}

func adaptiveConcurrencyLimiter_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_untyped")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func adaptiveConcurrencyLimiter_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_untyped")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func adaptiveConcurrencyLimiter_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_untyped")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func adaptiveConcurrencyLimiter_untyped_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_untyped")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { try await work(i) } }
}

func adaptiveConcurrencyLimiter_untyped_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_untyped")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    return try await executeEach(inputs, through: subject) { i in { try await work(i) } }
}

func adaptiveConcurrencyLimiter_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_typed")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func adaptiveConcurrencyLimiter_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_typed")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func adaptiveConcurrencyLimiter_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_typed")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor AdaptiveConcurrencyLimiter_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("adaptiveConcurrencyLimiter_typed")
        let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in self.calls += 1; return try await typedWork(i) }
        }
        return total
    }
}

func adaptiveConcurrencyLimiter_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await AdaptiveConcurrencyLimiter_typedActor().total(inputs)
}

func adaptiveConcurrencyLimiter_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_typed")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func adaptiveConcurrencyLimiter_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_typed")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func adaptiveConcurrencyLimiter_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_typed")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func adaptiveConcurrencyLimiter_typed_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_typed")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func adaptiveConcurrencyLimiter_typed_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_typed")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    return try await executeEach(inputs, through: subject) { i in { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func adaptiveConcurrencyLimiter_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_nonThrowing")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func adaptiveConcurrencyLimiter_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_nonThrowing")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func adaptiveConcurrencyLimiter_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_nonThrowing")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor AdaptiveConcurrencyLimiter_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("adaptiveConcurrencyLimiter_nonThrowing")
        let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return await plainWork(i) }
        }
        return total
    }
}

func adaptiveConcurrencyLimiter_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await AdaptiveConcurrencyLimiter_nonThrowingActor().total(inputs)
}

func adaptiveConcurrencyLimiter_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_nonThrowing")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func adaptiveConcurrencyLimiter_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_nonThrowing")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func adaptiveConcurrencyLimiter_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_nonThrowing")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func adaptiveConcurrencyLimiter_nonThrowing_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_nonThrowing")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { await plainWork(i) } }
}

func adaptiveConcurrencyLimiter_nonThrowing_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("adaptiveConcurrencyLimiter_nonThrowing")
    let subject = try AdaptiveConcurrencyLimiter(name: "adaptive \(tag)")
    return try await executeEach(inputs, through: subject) { i in { await plainWork(i) } }
}

func retry_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_untyped")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func retry_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_untyped")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func retry_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_untyped")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor Retry_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("retry_untyped")
        let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return try await work(i) }
        }
        return total
    }
}

func retry_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await Retry_untypedActor().total(inputs)
}

func retry_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_untyped")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func retry_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_untyped")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func retry_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_untyped")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func retry_untyped_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_untyped")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { try await work(i) } }
}

func retry_untyped_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_untyped")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    return try await executeEach(inputs, through: subject) { i in { try await work(i) } }
}

func retry_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_typed")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func retry_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_typed")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func retry_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_typed")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor Retry_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("retry_typed")
        let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in self.calls += 1; return try await typedWork(i) }
        }
        return total
    }
}

func retry_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await Retry_typedActor().total(inputs)
}

func retry_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_typed")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func retry_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_typed")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func retry_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_typed")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func retry_typed_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_typed")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func retry_typed_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_typed")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    return try await executeEach(inputs, through: subject) { i in { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func retry_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_nonThrowing")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func retry_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_nonThrowing")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func retry_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_nonThrowing")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor Retry_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("retry_nonThrowing")
        let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return await plainWork(i) }
        }
        return total
    }
}

func retry_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await Retry_nonThrowingActor().total(inputs)
}

func retry_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_nonThrowing")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func retry_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_nonThrowing")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func retry_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_nonThrowing")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func retry_nonThrowing_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_nonThrowing")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { await plainWork(i) } }
}

func retry_nonThrowing_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retry_nonThrowing")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    return try await executeEach(inputs, through: subject) { i in { await plainWork(i) } }
}

func retryRetryingWhen_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retryRetryingWhen_untyped")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    var total = 0
    for i in inputs {
        total &+= try await subject.run(retryingWhen: { $0 < 0 }) { try await work(i) }
    }
    return total
}

func retryRetryingWhen_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retryRetryingWhen_untyped")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    return try await sumAsync(inputs) { i in try await subject.run(retryingWhen: { $0 < 0 }) { try await work(i) } }
}

func retryRetryingWhen_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retryRetryingWhen_untyped")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    let values = try await mapAsync(inputs) { i in try await subject.run(retryingWhen: { $0 < 0 }) { try await work(i) } }
    return values.reduce(0, &+)
}

actor RetryRetryingWhen_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("retryRetryingWhen_untyped")
        let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run(retryingWhen: { $0 < 0 }) { self.calls += 1; return try await work(i) }
        }
        return total
    }
}

func retryRetryingWhen_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await RetryRetryingWhen_untypedActor().total(inputs)
}

func retryRetryingWhen_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retryRetryingWhen_untyped")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run(retryingWhen: { $0 < 0 }) { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func retryRetryingWhen_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retryRetryingWhen_untyped")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run(retryingWhen: { $0 < 0 }) { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run(retryingWhen: { $0 < 0 }) { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func retryRetryingWhen_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retryRetryingWhen_untyped")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run(retryingWhen: { $0 < 0 }) { try await work(i) } } }
    }
    return total
}

func retryRetryingWhen_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retryRetryingWhen_typed")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    var total = 0
    for i in inputs {
        total &+= try await subject.run(retryingWhen: { $0 < 0 }) { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func retryRetryingWhen_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retryRetryingWhen_typed")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    return try await sumAsync(inputs) { i in try await subject.run(retryingWhen: { $0 < 0 }) { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func retryRetryingWhen_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retryRetryingWhen_typed")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    let values = try await mapAsync(inputs) { i in try await subject.run(retryingWhen: { $0 < 0 }) { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor RetryRetryingWhen_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("retryRetryingWhen_typed")
        let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run(retryingWhen: { $0 < 0 }) { () async throws(Failure) -> Int in self.calls += 1; return try await typedWork(i) }
        }
        return total
    }
}

func retryRetryingWhen_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await RetryRetryingWhen_typedActor().total(inputs)
}

func retryRetryingWhen_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retryRetryingWhen_typed")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run(retryingWhen: { $0 < 0 }) { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func retryRetryingWhen_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retryRetryingWhen_typed")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run(retryingWhen: { $0 < 0 }) { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run(retryingWhen: { $0 < 0 }) { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func retryRetryingWhen_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retryRetryingWhen_typed")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run(retryingWhen: { $0 < 0 }) { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func retryRetryingWhen_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retryRetryingWhen_nonThrowing")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    var total = 0
    for i in inputs {
        total &+= try await subject.run(retryingWhen: { $0 < 0 }) { await plainWork(i) }
    }
    return total
}

func retryRetryingWhen_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retryRetryingWhen_nonThrowing")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    return try await sumAsync(inputs) { i in try await subject.run(retryingWhen: { $0 < 0 }) { await plainWork(i) } }
}

func retryRetryingWhen_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retryRetryingWhen_nonThrowing")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    let values = try await mapAsync(inputs) { i in try await subject.run(retryingWhen: { $0 < 0 }) { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor RetryRetryingWhen_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("retryRetryingWhen_nonThrowing")
        let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run(retryingWhen: { $0 < 0 }) { self.calls += 1; return await plainWork(i) }
        }
        return total
    }
}

func retryRetryingWhen_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await RetryRetryingWhen_nonThrowingActor().total(inputs)
}

func retryRetryingWhen_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retryRetryingWhen_nonThrowing")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run(retryingWhen: { $0 < 0 }) { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func retryRetryingWhen_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retryRetryingWhen_nonThrowing")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run(retryingWhen: { $0 < 0 }) { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run(retryingWhen: { $0 < 0 }) { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func retryRetryingWhen_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("retryRetryingWhen_nonThrowing")
    let subject = try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run(retryingWhen: { $0 < 0 }) { await plainWork(i) } } }
    }
    return total
}

func fallback_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_untyped")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func fallback_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_untyped")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func fallback_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_untyped")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor Fallback_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("fallback_untyped")
        let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return try await work(i) }
        }
        return total
    }
}

func fallback_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await Fallback_untypedActor().total(inputs)
}

func fallback_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_untyped")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func fallback_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_untyped")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func fallback_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_untyped")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func fallback_untyped_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_untyped")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    return try await executeEach(inputs, through: subject) { i in { try await work(i) } }
}

func fallback_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_typed")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func fallback_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_typed")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func fallback_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_typed")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor Fallback_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("fallback_typed")
        let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in self.calls += 1; return try await typedWork(i) }
        }
        return total
    }
}

func fallback_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await Fallback_typedActor().total(inputs)
}

func fallback_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_typed")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func fallback_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_typed")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func fallback_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_typed")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func fallback_typed_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_typed")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    return try await executeEach(inputs, through: subject) { i in { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func fallback_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_nonThrowing")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func fallback_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_nonThrowing")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func fallback_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_nonThrowing")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor Fallback_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("fallback_nonThrowing")
        let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return await plainWork(i) }
        }
        return total
    }
}

func fallback_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await Fallback_nonThrowingActor().total(inputs)
}

func fallback_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_nonThrowing")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func fallback_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_nonThrowing")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func fallback_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_nonThrowing")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func fallback_nonThrowing_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("fallback_nonThrowing")
    let subject = try Fallback<Int>.value(0, name: checkedName("fallback \(tag)"))
    return try await executeEach(inputs, through: subject) { i in { await plainWork(i) } }
}

func hedging_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_untyped")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func hedging_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_untyped")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func hedging_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_untyped")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor Hedging_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("hedging_untyped")
        let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { try await work(i) }
        }
        return total
    }
}

func hedging_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await Hedging_untypedActor().total(inputs)
}

func hedging_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_untyped")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func hedging_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_untyped")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func hedging_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_untyped")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func hedging_untyped_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_untyped")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    return try await executeEach(inputs, through: subject) { i in { try await work(i) } }
}

func hedging_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_typed")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func hedging_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_typed")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func hedging_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_typed")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor Hedging_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("hedging_typed")
        let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
        }
        return total
    }
}

func hedging_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await Hedging_typedActor().total(inputs)
}

func hedging_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_typed")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func hedging_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_typed")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func hedging_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_typed")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func hedging_typed_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_typed")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    return try await executeEach(inputs, through: subject) { i in { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func hedging_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_nonThrowing")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func hedging_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_nonThrowing")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func hedging_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_nonThrowing")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor Hedging_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("hedging_nonThrowing")
        let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { await plainWork(i) }
        }
        return total
    }
}

func hedging_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await Hedging_nonThrowingActor().total(inputs)
}

func hedging_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_nonThrowing")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func hedging_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_nonThrowing")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func hedging_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_nonThrowing")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func hedging_nonThrowing_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hedging_nonThrowing")
    let subject = try Hedging(name: "hedging \(tag)", delay: .seconds(30))
    return try await executeEach(inputs, through: subject) { i in { await plainWork(i) } }
}

func timeout_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_untyped")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func timeout_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_untyped")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func timeout_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_untyped")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor Timeout_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("timeout_untyped")
        let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { try await work(i) }
        }
        return total
    }
}

func timeout_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await Timeout_untypedActor().total(inputs)
}

func timeout_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_untyped")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func timeout_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_untyped")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func timeout_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_untyped")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func timeout_untyped_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_untyped")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    return try await executeEach(inputs, through: subject) { i in { try await work(i) } }
}

func timeout_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_typed")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func timeout_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_typed")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func timeout_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_typed")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor Timeout_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("timeout_typed")
        let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
        }
        return total
    }
}

func timeout_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await Timeout_typedActor().total(inputs)
}

func timeout_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_typed")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func timeout_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_typed")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func timeout_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_typed")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func timeout_typed_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_typed")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    return try await executeEach(inputs, through: subject) { i in { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func timeout_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_nonThrowing")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func timeout_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_nonThrowing")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func timeout_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_nonThrowing")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor Timeout_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("timeout_nonThrowing")
        let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { await plainWork(i) }
        }
        return total
    }
}

func timeout_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await Timeout_nonThrowingActor().total(inputs)
}

func timeout_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_nonThrowing")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func timeout_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_nonThrowing")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func timeout_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_nonThrowing")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func timeout_nonThrowing_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("timeout_nonThrowing")
    let subject = Timeout(.seconds(30), name: try checkedName("timeout \(tag)"))
    return try await executeEach(inputs, through: subject) { i in { await plainWork(i) } }
}

func cooperativeTimeout_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_untyped")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func cooperativeTimeout_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_untyped")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func cooperativeTimeout_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_untyped")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor CooperativeTimeout_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("cooperativeTimeout_untyped")
        let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { try await work(i) }
        }
        return total
    }
}

func cooperativeTimeout_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await CooperativeTimeout_untypedActor().total(inputs)
}

func cooperativeTimeout_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_untyped")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func cooperativeTimeout_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_untyped")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func cooperativeTimeout_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_untyped")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func cooperativeTimeout_untyped_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_untyped")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    return try await executeEach(inputs, through: subject) { i in { try await work(i) } }
}

func cooperativeTimeout_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_typed")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func cooperativeTimeout_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_typed")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func cooperativeTimeout_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_typed")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor CooperativeTimeout_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("cooperativeTimeout_typed")
        let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
        }
        return total
    }
}

func cooperativeTimeout_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await CooperativeTimeout_typedActor().total(inputs)
}

func cooperativeTimeout_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_typed")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func cooperativeTimeout_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_typed")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func cooperativeTimeout_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_typed")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func cooperativeTimeout_typed_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_typed")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    return try await executeEach(inputs, through: subject) { i in { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func cooperativeTimeout_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_nonThrowing")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func cooperativeTimeout_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_nonThrowing")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func cooperativeTimeout_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_nonThrowing")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor CooperativeTimeout_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("cooperativeTimeout_nonThrowing")
        let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { await plainWork(i) }
        }
        return total
    }
}

func cooperativeTimeout_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await CooperativeTimeout_nonThrowingActor().total(inputs)
}

func cooperativeTimeout_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_nonThrowing")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func cooperativeTimeout_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_nonThrowing")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func cooperativeTimeout_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_nonThrowing")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func cooperativeTimeout_nonThrowing_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("cooperativeTimeout_nonThrowing")
    let subject = Timeout(.seconds(30), mode: .cooperative, name: try checkedName("cooperative \(tag)"))
    return try await executeEach(inputs, through: subject) { i in { await plainWork(i) } }
}

func withTimeoutCooperative_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutCooperative_untyped")
    let name = try checkedName("withTimeout \(tag)")
    var total = 0
    for i in inputs {
        total &+= try await withTimeout(.seconds(30), mode: .cooperative, name: name) { try await work(i) }
    }
    return total
}

func withTimeoutCooperative_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutCooperative_untyped")
    let name = try checkedName("withTimeout \(tag)")
    return try await sumAsync(inputs) { i in try await withTimeout(.seconds(30), mode: .cooperative, name: name) { try await work(i) } }
}

func withTimeoutCooperative_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutCooperative_untyped")
    let name = try checkedName("withTimeout \(tag)")
    let values = try await mapAsync(inputs) { i in try await withTimeout(.seconds(30), mode: .cooperative, name: name) { try await work(i) } }
    return values.reduce(0, &+)
}

actor WithTimeoutCooperative_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("withTimeoutCooperative_untyped")
        let name = try checkedName("withTimeout \(tag)")
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await withTimeout(.seconds(30), mode: .cooperative, name: name) { try await work(i) }
        }
        return total
    }
}

func withTimeoutCooperative_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await WithTimeoutCooperative_untypedActor().total(inputs)
}

func withTimeoutCooperative_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutCooperative_untyped")
    let name = try checkedName("withTimeout \(tag)")
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await withTimeout(.seconds(30), mode: .cooperative, name: name) { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func withTimeoutCooperative_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutCooperative_untyped")
    let name = try checkedName("withTimeout \(tag)")
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await withTimeout(.seconds(30), mode: .cooperative, name: name) { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await withTimeout(.seconds(30), mode: .cooperative, name: name) { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func withTimeoutCooperative_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutCooperative_untyped")
    let name = try checkedName("withTimeout \(tag)")
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await withTimeout(.seconds(30), mode: .cooperative, name: name) { try await work(i) } } }
    }
    return total
}

func withTimeoutCooperative_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutCooperative_typed")
    let name = try checkedName("withTimeout \(tag)")
    var total = 0
    for i in inputs {
        total &+= try await withTimeout(.seconds(30), mode: .cooperative, name: name) { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func withTimeoutCooperative_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutCooperative_typed")
    let name = try checkedName("withTimeout \(tag)")
    return try await sumAsync(inputs) { i in try await withTimeout(.seconds(30), mode: .cooperative, name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func withTimeoutCooperative_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutCooperative_typed")
    let name = try checkedName("withTimeout \(tag)")
    let values = try await mapAsync(inputs) { i in try await withTimeout(.seconds(30), mode: .cooperative, name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor WithTimeoutCooperative_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("withTimeoutCooperative_typed")
        let name = try checkedName("withTimeout \(tag)")
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await withTimeout(.seconds(30), mode: .cooperative, name: name) { () async throws(Failure) -> Int in try await typedWork(i) }
        }
        return total
    }
}

func withTimeoutCooperative_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await WithTimeoutCooperative_typedActor().total(inputs)
}

func withTimeoutCooperative_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutCooperative_typed")
    let name = try checkedName("withTimeout \(tag)")
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await withTimeout(.seconds(30), mode: .cooperative, name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func withTimeoutCooperative_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutCooperative_typed")
    let name = try checkedName("withTimeout \(tag)")
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await withTimeout(.seconds(30), mode: .cooperative, name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await withTimeout(.seconds(30), mode: .cooperative, name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func withTimeoutCooperative_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutCooperative_typed")
    let name = try checkedName("withTimeout \(tag)")
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await withTimeout(.seconds(30), mode: .cooperative, name: name) { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func withTimeoutCooperative_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutCooperative_nonThrowing")
    let name = try checkedName("withTimeout \(tag)")
    var total = 0
    for i in inputs {
        total &+= try await withTimeout(.seconds(30), mode: .cooperative, name: name) { await plainWork(i) }
    }
    return total
}

func withTimeoutCooperative_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutCooperative_nonThrowing")
    let name = try checkedName("withTimeout \(tag)")
    return try await sumAsync(inputs) { i in try await withTimeout(.seconds(30), mode: .cooperative, name: name) { await plainWork(i) } }
}

func withTimeoutCooperative_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutCooperative_nonThrowing")
    let name = try checkedName("withTimeout \(tag)")
    let values = try await mapAsync(inputs) { i in try await withTimeout(.seconds(30), mode: .cooperative, name: name) { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor WithTimeoutCooperative_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("withTimeoutCooperative_nonThrowing")
        let name = try checkedName("withTimeout \(tag)")
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await withTimeout(.seconds(30), mode: .cooperative, name: name) { await plainWork(i) }
        }
        return total
    }
}

func withTimeoutCooperative_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await WithTimeoutCooperative_nonThrowingActor().total(inputs)
}

func withTimeoutCooperative_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutCooperative_nonThrowing")
    let name = try checkedName("withTimeout \(tag)")
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await withTimeout(.seconds(30), mode: .cooperative, name: name) { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func withTimeoutCooperative_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutCooperative_nonThrowing")
    let name = try checkedName("withTimeout \(tag)")
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await withTimeout(.seconds(30), mode: .cooperative, name: name) { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await withTimeout(.seconds(30), mode: .cooperative, name: name) { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func withTimeoutCooperative_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutCooperative_nonThrowing")
    let name = try checkedName("withTimeout \(tag)")
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await withTimeout(.seconds(30), mode: .cooperative, name: name) { await plainWork(i) } } }
    }
    return total
}

func withDeadlineCooperative_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadlineCooperative_untyped")
    let name = try checkedName("withDeadline \(tag)")
    var total = 0
    for i in inputs {
        total &+= try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { try await work(i) }
    }
    return total
}

func withDeadlineCooperative_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadlineCooperative_untyped")
    let name = try checkedName("withDeadline \(tag)")
    return try await sumAsync(inputs) { i in try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { try await work(i) } }
}

func withDeadlineCooperative_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadlineCooperative_untyped")
    let name = try checkedName("withDeadline \(tag)")
    let values = try await mapAsync(inputs) { i in try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { try await work(i) } }
    return values.reduce(0, &+)
}

actor WithDeadlineCooperative_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("withDeadlineCooperative_untyped")
        let name = try checkedName("withDeadline \(tag)")
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { try await work(i) }
        }
        return total
    }
}

func withDeadlineCooperative_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await WithDeadlineCooperative_untypedActor().total(inputs)
}

func withDeadlineCooperative_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadlineCooperative_untyped")
    let name = try checkedName("withDeadline \(tag)")
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func withDeadlineCooperative_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadlineCooperative_untyped")
    let name = try checkedName("withDeadline \(tag)")
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func withDeadlineCooperative_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadlineCooperative_untyped")
    let name = try checkedName("withDeadline \(tag)")
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { try await work(i) } } }
    }
    return total
}

func withDeadlineCooperative_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadlineCooperative_typed")
    let name = try checkedName("withDeadline \(tag)")
    var total = 0
    for i in inputs {
        total &+= try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func withDeadlineCooperative_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadlineCooperative_typed")
    let name = try checkedName("withDeadline \(tag)")
    return try await sumAsync(inputs) { i in try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func withDeadlineCooperative_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadlineCooperative_typed")
    let name = try checkedName("withDeadline \(tag)")
    let values = try await mapAsync(inputs) { i in try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor WithDeadlineCooperative_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("withDeadlineCooperative_typed")
        let name = try checkedName("withDeadline \(tag)")
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { () async throws(Failure) -> Int in try await typedWork(i) }
        }
        return total
    }
}

func withDeadlineCooperative_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await WithDeadlineCooperative_typedActor().total(inputs)
}

func withDeadlineCooperative_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadlineCooperative_typed")
    let name = try checkedName("withDeadline \(tag)")
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func withDeadlineCooperative_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadlineCooperative_typed")
    let name = try checkedName("withDeadline \(tag)")
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func withDeadlineCooperative_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadlineCooperative_typed")
    let name = try checkedName("withDeadline \(tag)")
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func withDeadlineCooperative_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadlineCooperative_nonThrowing")
    let name = try checkedName("withDeadline \(tag)")
    var total = 0
    for i in inputs {
        total &+= try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { await plainWork(i) }
    }
    return total
}

func withDeadlineCooperative_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadlineCooperative_nonThrowing")
    let name = try checkedName("withDeadline \(tag)")
    return try await sumAsync(inputs) { i in try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { await plainWork(i) } }
}

func withDeadlineCooperative_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadlineCooperative_nonThrowing")
    let name = try checkedName("withDeadline \(tag)")
    let values = try await mapAsync(inputs) { i in try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor WithDeadlineCooperative_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("withDeadlineCooperative_nonThrowing")
        let name = try checkedName("withDeadline \(tag)")
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { await plainWork(i) }
        }
        return total
    }
}

func withDeadlineCooperative_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await WithDeadlineCooperative_nonThrowingActor().total(inputs)
}

func withDeadlineCooperative_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadlineCooperative_nonThrowing")
    let name = try checkedName("withDeadline \(tag)")
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func withDeadlineCooperative_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadlineCooperative_nonThrowing")
    let name = try checkedName("withDeadline \(tag)")
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func withDeadlineCooperative_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadlineCooperative_nonThrowing")
    let name = try checkedName("withDeadline \(tag)")
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), mode: .cooperative, name: name) { await plainWork(i) } } }
    }
    return total
}

func withTimeout_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeout_untyped")
    let name = try checkedName("withTimeout \(tag)")
    var total = 0
    for i in inputs {
        total &+= try await withTimeout(.seconds(30), name: name) { try await work(i) }
    }
    return total
}

func withTimeout_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeout_untyped")
    let name = try checkedName("withTimeout \(tag)")
    return try await sumAsync(inputs) { i in try await withTimeout(.seconds(30), name: name) { try await work(i) } }
}

func withTimeout_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeout_untyped")
    let name = try checkedName("withTimeout \(tag)")
    let values = try await mapAsync(inputs) { i in try await withTimeout(.seconds(30), name: name) { try await work(i) } }
    return values.reduce(0, &+)
}

actor WithTimeout_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("withTimeout_untyped")
        let name = try checkedName("withTimeout \(tag)")
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await withTimeout(.seconds(30), name: name) { try await work(i) }
        }
        return total
    }
}

func withTimeout_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await WithTimeout_untypedActor().total(inputs)
}

func withTimeout_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeout_untyped")
    let name = try checkedName("withTimeout \(tag)")
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await withTimeout(.seconds(30), name: name) { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func withTimeout_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeout_untyped")
    let name = try checkedName("withTimeout \(tag)")
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await withTimeout(.seconds(30), name: name) { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await withTimeout(.seconds(30), name: name) { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func withTimeout_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeout_untyped")
    let name = try checkedName("withTimeout \(tag)")
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await withTimeout(.seconds(30), name: name) { try await work(i) } } }
    }
    return total
}

func withTimeout_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeout_typed")
    let name = try checkedName("withTimeout \(tag)")
    var total = 0
    for i in inputs {
        total &+= try await withTimeout(.seconds(30), name: name) { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func withTimeout_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeout_typed")
    let name = try checkedName("withTimeout \(tag)")
    return try await sumAsync(inputs) { i in try await withTimeout(.seconds(30), name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func withTimeout_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeout_typed")
    let name = try checkedName("withTimeout \(tag)")
    let values = try await mapAsync(inputs) { i in try await withTimeout(.seconds(30), name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor WithTimeout_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("withTimeout_typed")
        let name = try checkedName("withTimeout \(tag)")
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await withTimeout(.seconds(30), name: name) { () async throws(Failure) -> Int in try await typedWork(i) }
        }
        return total
    }
}

func withTimeout_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await WithTimeout_typedActor().total(inputs)
}

func withTimeout_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeout_typed")
    let name = try checkedName("withTimeout \(tag)")
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await withTimeout(.seconds(30), name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func withTimeout_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeout_typed")
    let name = try checkedName("withTimeout \(tag)")
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await withTimeout(.seconds(30), name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await withTimeout(.seconds(30), name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func withTimeout_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeout_typed")
    let name = try checkedName("withTimeout \(tag)")
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await withTimeout(.seconds(30), name: name) { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func withTimeout_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeout_nonThrowing")
    let name = try checkedName("withTimeout \(tag)")
    var total = 0
    for i in inputs {
        total &+= try await withTimeout(.seconds(30), name: name) { await plainWork(i) }
    }
    return total
}

func withTimeout_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeout_nonThrowing")
    let name = try checkedName("withTimeout \(tag)")
    return try await sumAsync(inputs) { i in try await withTimeout(.seconds(30), name: name) { await plainWork(i) } }
}

func withTimeout_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeout_nonThrowing")
    let name = try checkedName("withTimeout \(tag)")
    let values = try await mapAsync(inputs) { i in try await withTimeout(.seconds(30), name: name) { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor WithTimeout_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("withTimeout_nonThrowing")
        let name = try checkedName("withTimeout \(tag)")
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await withTimeout(.seconds(30), name: name) { await plainWork(i) }
        }
        return total
    }
}

func withTimeout_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await WithTimeout_nonThrowingActor().total(inputs)
}

func withTimeout_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeout_nonThrowing")
    let name = try checkedName("withTimeout \(tag)")
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await withTimeout(.seconds(30), name: name) { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func withTimeout_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeout_nonThrowing")
    let name = try checkedName("withTimeout \(tag)")
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await withTimeout(.seconds(30), name: name) { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await withTimeout(.seconds(30), name: name) { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func withTimeout_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeout_nonThrowing")
    let name = try checkedName("withTimeout \(tag)")
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await withTimeout(.seconds(30), name: name) { await plainWork(i) } } }
    }
    return total
}

func withTimeoutClock_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutClock_untyped")
    let name = try checkedName("withTimeout \(tag)")
    var total = 0
    for i in inputs {
        total &+= try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { try await work(i) }
    }
    return total
}

func withTimeoutClock_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutClock_untyped")
    let name = try checkedName("withTimeout \(tag)")
    return try await sumAsync(inputs) { i in try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { try await work(i) } }
}

func withTimeoutClock_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutClock_untyped")
    let name = try checkedName("withTimeout \(tag)")
    let values = try await mapAsync(inputs) { i in try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { try await work(i) } }
    return values.reduce(0, &+)
}

actor WithTimeoutClock_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("withTimeoutClock_untyped")
        let name = try checkedName("withTimeout \(tag)")
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { try await work(i) }
        }
        return total
    }
}

func withTimeoutClock_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await WithTimeoutClock_untypedActor().total(inputs)
}

func withTimeoutClock_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutClock_untyped")
    let name = try checkedName("withTimeout \(tag)")
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func withTimeoutClock_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutClock_untyped")
    let name = try checkedName("withTimeout \(tag)")
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func withTimeoutClock_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutClock_untyped")
    let name = try checkedName("withTimeout \(tag)")
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { try await work(i) } } }
    }
    return total
}

func withTimeoutClock_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutClock_typed")
    let name = try checkedName("withTimeout \(tag)")
    var total = 0
    for i in inputs {
        total &+= try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func withTimeoutClock_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutClock_typed")
    let name = try checkedName("withTimeout \(tag)")
    return try await sumAsync(inputs) { i in try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func withTimeoutClock_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutClock_typed")
    let name = try checkedName("withTimeout \(tag)")
    let values = try await mapAsync(inputs) { i in try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor WithTimeoutClock_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("withTimeoutClock_typed")
        let name = try checkedName("withTimeout \(tag)")
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { () async throws(Failure) -> Int in try await typedWork(i) }
        }
        return total
    }
}

func withTimeoutClock_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await WithTimeoutClock_typedActor().total(inputs)
}

func withTimeoutClock_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutClock_typed")
    let name = try checkedName("withTimeout \(tag)")
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func withTimeoutClock_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutClock_typed")
    let name = try checkedName("withTimeout \(tag)")
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func withTimeoutClock_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutClock_typed")
    let name = try checkedName("withTimeout \(tag)")
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func withTimeoutClock_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutClock_nonThrowing")
    let name = try checkedName("withTimeout \(tag)")
    var total = 0
    for i in inputs {
        total &+= try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { await plainWork(i) }
    }
    return total
}

func withTimeoutClock_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutClock_nonThrowing")
    let name = try checkedName("withTimeout \(tag)")
    return try await sumAsync(inputs) { i in try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { await plainWork(i) } }
}

func withTimeoutClock_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutClock_nonThrowing")
    let name = try checkedName("withTimeout \(tag)")
    let values = try await mapAsync(inputs) { i in try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor WithTimeoutClock_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("withTimeoutClock_nonThrowing")
        let name = try checkedName("withTimeout \(tag)")
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { await plainWork(i) }
        }
        return total
    }
}

func withTimeoutClock_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await WithTimeoutClock_nonThrowingActor().total(inputs)
}

func withTimeoutClock_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutClock_nonThrowing")
    let name = try checkedName("withTimeout \(tag)")
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func withTimeoutClock_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutClock_nonThrowing")
    let name = try checkedName("withTimeout \(tag)")
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func withTimeoutClock_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withTimeoutClock_nonThrowing")
    let name = try checkedName("withTimeout \(tag)")
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await withTimeout(.seconds(30), name: name, clock: SuspendingClock()) { await plainWork(i) } } }
    }
    return total
}

func withDeadline_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadline_untyped")
    let name = try checkedName("withDeadline \(tag)")
    var total = 0
    for i in inputs {
        total &+= try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { try await work(i) }
    }
    return total
}

func withDeadline_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadline_untyped")
    let name = try checkedName("withDeadline \(tag)")
    return try await sumAsync(inputs) { i in try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { try await work(i) } }
}

func withDeadline_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadline_untyped")
    let name = try checkedName("withDeadline \(tag)")
    let values = try await mapAsync(inputs) { i in try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { try await work(i) } }
    return values.reduce(0, &+)
}

actor WithDeadline_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("withDeadline_untyped")
        let name = try checkedName("withDeadline \(tag)")
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { try await work(i) }
        }
        return total
    }
}

func withDeadline_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await WithDeadline_untypedActor().total(inputs)
}

func withDeadline_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadline_untyped")
    let name = try checkedName("withDeadline \(tag)")
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func withDeadline_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadline_untyped")
    let name = try checkedName("withDeadline \(tag)")
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func withDeadline_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadline_untyped")
    let name = try checkedName("withDeadline \(tag)")
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { try await work(i) } } }
    }
    return total
}

func withDeadline_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadline_typed")
    let name = try checkedName("withDeadline \(tag)")
    var total = 0
    for i in inputs {
        total &+= try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func withDeadline_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadline_typed")
    let name = try checkedName("withDeadline \(tag)")
    return try await sumAsync(inputs) { i in try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func withDeadline_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadline_typed")
    let name = try checkedName("withDeadline \(tag)")
    let values = try await mapAsync(inputs) { i in try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor WithDeadline_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("withDeadline_typed")
        let name = try checkedName("withDeadline \(tag)")
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { () async throws(Failure) -> Int in try await typedWork(i) }
        }
        return total
    }
}

func withDeadline_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await WithDeadline_typedActor().total(inputs)
}

func withDeadline_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadline_typed")
    let name = try checkedName("withDeadline \(tag)")
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func withDeadline_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadline_typed")
    let name = try checkedName("withDeadline \(tag)")
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func withDeadline_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadline_typed")
    let name = try checkedName("withDeadline \(tag)")
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func withDeadline_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadline_nonThrowing")
    let name = try checkedName("withDeadline \(tag)")
    var total = 0
    for i in inputs {
        total &+= try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { await plainWork(i) }
    }
    return total
}

func withDeadline_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadline_nonThrowing")
    let name = try checkedName("withDeadline \(tag)")
    return try await sumAsync(inputs) { i in try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { await plainWork(i) } }
}

func withDeadline_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadline_nonThrowing")
    let name = try checkedName("withDeadline \(tag)")
    let values = try await mapAsync(inputs) { i in try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor WithDeadline_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("withDeadline_nonThrowing")
        let name = try checkedName("withDeadline \(tag)")
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { await plainWork(i) }
        }
        return total
    }
}

func withDeadline_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await WithDeadline_nonThrowingActor().total(inputs)
}

func withDeadline_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadline_nonThrowing")
    let name = try checkedName("withDeadline \(tag)")
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func withDeadline_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadline_nonThrowing")
    let name = try checkedName("withDeadline \(tag)")
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func withDeadline_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("withDeadline_nonThrowing")
    let name = try checkedName("withDeadline \(tag)")
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await withDeadline(ContinuousClock.now.advanced(by: .seconds(30)), name: name) { await plainWork(i) } } }
    }
    return total
}

func blockingBulkhead_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkhead_untyped")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try blockingWork(i) }
    }
    return total
}

func blockingBulkhead_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkhead_untyped")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    return try await sumAsync(inputs) { i in try await subject.run { try blockingWork(i) } }
}

func blockingBulkhead_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkhead_untyped")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    let values = try await mapAsync(inputs) { i in try await subject.run { try blockingWork(i) } }
    return values.reduce(0, &+)
}

actor BlockingBulkhead_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("blockingBulkhead_untyped")
        let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { try blockingWork(i) }
        }
        return total
    }
}

func blockingBulkhead_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await BlockingBulkhead_untypedActor().total(inputs)
}

func blockingBulkhead_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkhead_untyped")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try blockingWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func blockingBulkhead_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkhead_untyped")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try blockingWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try blockingWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func blockingBulkhead_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkhead_untyped")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try blockingWork(i) } } }
    }
    return total
}

func blockingBulkhead_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkhead_typed")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () throws(Failure) -> Int in try typedBlockingWork(i) }
    }
    return total
}

func blockingBulkhead_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkhead_typed")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    return try await sumAsync(inputs) { i in try await subject.run { () throws(Failure) -> Int in try typedBlockingWork(i) } }
}

func blockingBulkhead_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkhead_typed")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    let values = try await mapAsync(inputs) { i in try await subject.run { () throws(Failure) -> Int in try typedBlockingWork(i) } }
    return values.reduce(0, &+)
}

actor BlockingBulkhead_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("blockingBulkhead_typed")
        let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () throws(Failure) -> Int in try typedBlockingWork(i) }
        }
        return total
    }
}

func blockingBulkhead_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await BlockingBulkhead_typedActor().total(inputs)
}

func blockingBulkhead_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkhead_typed")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () throws(Failure) -> Int in try typedBlockingWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func blockingBulkhead_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkhead_typed")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () throws(Failure) -> Int in try typedBlockingWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () throws(Failure) -> Int in try typedBlockingWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func blockingBulkhead_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkhead_typed")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () throws(Failure) -> Int in try typedBlockingWork(i) } } }
    }
    return total
}

func blockingBulkhead_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkhead_nonThrowing")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { plainBlockingWork(i) }
    }
    return total
}

func blockingBulkhead_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkhead_nonThrowing")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    return try await sumAsync(inputs) { i in try await subject.run { plainBlockingWork(i) } }
}

func blockingBulkhead_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkhead_nonThrowing")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    let values = try await mapAsync(inputs) { i in try await subject.run { plainBlockingWork(i) } }
    return values.reduce(0, &+)
}

actor BlockingBulkhead_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("blockingBulkhead_nonThrowing")
        let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { plainBlockingWork(i) }
        }
        return total
    }
}

func blockingBulkhead_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await BlockingBulkhead_nonThrowingActor().total(inputs)
}

func blockingBulkhead_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkhead_nonThrowing")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { plainBlockingWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func blockingBulkhead_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkhead_nonThrowing")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { plainBlockingWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { plainBlockingWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func blockingBulkhead_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkhead_nonThrowing")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { plainBlockingWork(i) } } }
    }
    return total
}

func blockingBulkheadTimeout_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkheadTimeout_untyped")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    var total = 0
    for i in inputs {
        total &+= try await subject.run(timeout: .seconds(30)) { try blockingWork(i) }
    }
    return total
}

func blockingBulkheadTimeout_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkheadTimeout_untyped")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    return try await sumAsync(inputs) { i in try await subject.run(timeout: .seconds(30)) { try blockingWork(i) } }
}

func blockingBulkheadTimeout_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkheadTimeout_untyped")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    let values = try await mapAsync(inputs) { i in try await subject.run(timeout: .seconds(30)) { try blockingWork(i) } }
    return values.reduce(0, &+)
}

actor BlockingBulkheadTimeout_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("blockingBulkheadTimeout_untyped")
        let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run(timeout: .seconds(30)) { try blockingWork(i) }
        }
        return total
    }
}

func blockingBulkheadTimeout_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await BlockingBulkheadTimeout_untypedActor().total(inputs)
}

func blockingBulkheadTimeout_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkheadTimeout_untyped")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run(timeout: .seconds(30)) { try blockingWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func blockingBulkheadTimeout_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkheadTimeout_untyped")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run(timeout: .seconds(30)) { try blockingWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run(timeout: .seconds(30)) { try blockingWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func blockingBulkheadTimeout_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkheadTimeout_untyped")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run(timeout: .seconds(30)) { try blockingWork(i) } } }
    }
    return total
}

func blockingBulkheadTimeout_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkheadTimeout_typed")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    var total = 0
    for i in inputs {
        total &+= try await subject.run(timeout: .seconds(30)) { () throws(Failure) -> Int in try typedBlockingWork(i) }
    }
    return total
}

func blockingBulkheadTimeout_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkheadTimeout_typed")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    return try await sumAsync(inputs) { i in try await subject.run(timeout: .seconds(30)) { () throws(Failure) -> Int in try typedBlockingWork(i) } }
}

func blockingBulkheadTimeout_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkheadTimeout_typed")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    let values = try await mapAsync(inputs) { i in try await subject.run(timeout: .seconds(30)) { () throws(Failure) -> Int in try typedBlockingWork(i) } }
    return values.reduce(0, &+)
}

actor BlockingBulkheadTimeout_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("blockingBulkheadTimeout_typed")
        let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run(timeout: .seconds(30)) { () throws(Failure) -> Int in try typedBlockingWork(i) }
        }
        return total
    }
}

func blockingBulkheadTimeout_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await BlockingBulkheadTimeout_typedActor().total(inputs)
}

func blockingBulkheadTimeout_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkheadTimeout_typed")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run(timeout: .seconds(30)) { () throws(Failure) -> Int in try typedBlockingWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func blockingBulkheadTimeout_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkheadTimeout_typed")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run(timeout: .seconds(30)) { () throws(Failure) -> Int in try typedBlockingWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run(timeout: .seconds(30)) { () throws(Failure) -> Int in try typedBlockingWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func blockingBulkheadTimeout_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkheadTimeout_typed")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run(timeout: .seconds(30)) { () throws(Failure) -> Int in try typedBlockingWork(i) } } }
    }
    return total
}

func blockingBulkheadTimeout_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkheadTimeout_nonThrowing")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    var total = 0
    for i in inputs {
        total &+= try await subject.run(timeout: .seconds(30)) { plainBlockingWork(i) }
    }
    return total
}

func blockingBulkheadTimeout_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkheadTimeout_nonThrowing")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    return try await sumAsync(inputs) { i in try await subject.run(timeout: .seconds(30)) { plainBlockingWork(i) } }
}

func blockingBulkheadTimeout_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkheadTimeout_nonThrowing")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    let values = try await mapAsync(inputs) { i in try await subject.run(timeout: .seconds(30)) { plainBlockingWork(i) } }
    return values.reduce(0, &+)
}

actor BlockingBulkheadTimeout_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("blockingBulkheadTimeout_nonThrowing")
        let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run(timeout: .seconds(30)) { plainBlockingWork(i) }
        }
        return total
    }
}

func blockingBulkheadTimeout_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await BlockingBulkheadTimeout_nonThrowingActor().total(inputs)
}

func blockingBulkheadTimeout_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkheadTimeout_nonThrowing")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run(timeout: .seconds(30)) { plainBlockingWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func blockingBulkheadTimeout_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkheadTimeout_nonThrowing")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run(timeout: .seconds(30)) { plainBlockingWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run(timeout: .seconds(30)) { plainBlockingWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func blockingBulkheadTimeout_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("blockingBulkheadTimeout_nonThrowing")
    let subject = try BlockingBulkhead(name: "blocking \(tag)", maxThreads: 2)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run(timeout: .seconds(30)) { plainBlockingWork(i) } } }
    }
    return total
}

func chaosFault_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_untyped")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func chaosFault_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_untyped")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func chaosFault_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_untyped")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor ChaosFault_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("chaosFault_untyped")
        let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return try await work(i) }
        }
        return total
    }
}

func chaosFault_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await ChaosFault_untypedActor().total(inputs)
}

func chaosFault_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_untyped")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func chaosFault_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_untyped")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func chaosFault_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_untyped")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func chaosFault_untyped_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_untyped")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { try await work(i) } }
}

func chaosFault_untyped_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_untyped")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    return try await executeEach(inputs, through: subject) { i in { try await work(i) } }
}

func chaosFault_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_typed")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func chaosFault_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_typed")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func chaosFault_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_typed")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor ChaosFault_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("chaosFault_typed")
        let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in self.calls += 1; return try await typedWork(i) }
        }
        return total
    }
}

func chaosFault_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await ChaosFault_typedActor().total(inputs)
}

func chaosFault_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_typed")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func chaosFault_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_typed")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func chaosFault_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_typed")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func chaosFault_typed_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_typed")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func chaosFault_typed_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_typed")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    return try await executeEach(inputs, through: subject) { i in { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func chaosFault_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_nonThrowing")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func chaosFault_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_nonThrowing")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func chaosFault_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_nonThrowing")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor ChaosFault_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("chaosFault_nonThrowing")
        let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return await plainWork(i) }
        }
        return total
    }
}

func chaosFault_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await ChaosFault_nonThrowingActor().total(inputs)
}

func chaosFault_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_nonThrowing")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func chaosFault_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_nonThrowing")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func chaosFault_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_nonThrowing")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func chaosFault_nonThrowing_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_nonThrowing")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { await plainWork(i) } }
}

func chaosFault_nonThrowing_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosFault_nonThrowing")
    let subject = try ChaosFault(name: "chaos \(tag)", injectionRate: 0, seed: 1) { CancellationError() }
    return try await executeEach(inputs, through: subject) { i in { await plainWork(i) } }
}

func chaosLatency_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_untyped")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func chaosLatency_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_untyped")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func chaosLatency_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_untyped")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor ChaosLatency_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("chaosLatency_untyped")
        let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return try await work(i) }
        }
        return total
    }
}

func chaosLatency_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await ChaosLatency_untypedActor().total(inputs)
}

func chaosLatency_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_untyped")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func chaosLatency_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_untyped")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func chaosLatency_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_untyped")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func chaosLatency_untyped_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_untyped")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { try await work(i) } }
}

func chaosLatency_untyped_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_untyped")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    return try await executeEach(inputs, through: subject) { i in { try await work(i) } }
}

func chaosLatency_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_typed")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func chaosLatency_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_typed")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func chaosLatency_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_typed")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor ChaosLatency_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("chaosLatency_typed")
        let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in self.calls += 1; return try await typedWork(i) }
        }
        return total
    }
}

func chaosLatency_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await ChaosLatency_typedActor().total(inputs)
}

func chaosLatency_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_typed")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func chaosLatency_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_typed")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func chaosLatency_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_typed")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func chaosLatency_typed_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_typed")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func chaosLatency_typed_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_typed")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    return try await executeEach(inputs, through: subject) { i in { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func chaosLatency_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_nonThrowing")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func chaosLatency_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_nonThrowing")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func chaosLatency_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_nonThrowing")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor ChaosLatency_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("chaosLatency_nonThrowing")
        let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return await plainWork(i) }
        }
        return total
    }
}

func chaosLatency_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await ChaosLatency_nonThrowingActor().total(inputs)
}

func chaosLatency_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_nonThrowing")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func chaosLatency_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_nonThrowing")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func chaosLatency_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_nonThrowing")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func chaosLatency_nonThrowing_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_nonThrowing")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { await plainWork(i) } }
}

func chaosLatency_nonThrowing_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosLatency_nonThrowing")
    let subject = try ChaosLatency(name: "chaos \(tag)", injectionRate: 0, latency: .seconds(30))
    return try await executeEach(inputs, through: subject) { i in { await plainWork(i) } }
}

func chaosOutcome_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_untyped")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func chaosOutcome_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_untyped")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func chaosOutcome_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_untyped")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor ChaosOutcome_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("chaosOutcome_untyped")
        let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return try await work(i) }
        }
        return total
    }
}

func chaosOutcome_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await ChaosOutcome_untypedActor().total(inputs)
}

func chaosOutcome_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_untyped")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func chaosOutcome_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_untyped")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func chaosOutcome_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_untyped")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func chaosOutcome_untyped_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_untyped")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { try await work(i) } }
}

func chaosOutcome_untyped_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_untyped")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    return try await executeEach(inputs, through: subject) { i in { try await work(i) } }
}

func chaosOutcome_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_typed")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func chaosOutcome_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_typed")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func chaosOutcome_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_typed")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor ChaosOutcome_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("chaosOutcome_typed")
        let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in self.calls += 1; return try await typedWork(i) }
        }
        return total
    }
}

func chaosOutcome_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await ChaosOutcome_typedActor().total(inputs)
}

func chaosOutcome_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_typed")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func chaosOutcome_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_typed")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func chaosOutcome_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_typed")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func chaosOutcome_typed_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_typed")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func chaosOutcome_typed_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_typed")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    return try await executeEach(inputs, through: subject) { i in { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func chaosOutcome_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_nonThrowing")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func chaosOutcome_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_nonThrowing")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func chaosOutcome_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_nonThrowing")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor ChaosOutcome_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("chaosOutcome_nonThrowing")
        let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return await plainWork(i) }
        }
        return total
    }
}

func chaosOutcome_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await ChaosOutcome_nonThrowingActor().total(inputs)
}

func chaosOutcome_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_nonThrowing")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func chaosOutcome_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_nonThrowing")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func chaosOutcome_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_nonThrowing")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func chaosOutcome_nonThrowing_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_nonThrowing")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { await plainWork(i) } }
}

func chaosOutcome_nonThrowing_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("chaosOutcome_nonThrowing")
    let subject = try ChaosOutcome<Int>(name: "chaos \(tag)", injectionRate: 0, enabled: false) { 0 }
    return try await executeEach(inputs, through: subject) { i in { await plainWork(i) } }
}

func pipeline_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_untyped")
    let subject = try fourPolicyPipeline(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func pipeline_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_untyped")
    let subject = try fourPolicyPipeline(tag)
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func pipeline_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_untyped")
    let subject = try fourPolicyPipeline(tag)
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor Pipeline_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("pipeline_untyped")
        let subject = try fourPolicyPipeline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { try await work(i) }
        }
        return total
    }
}

func pipeline_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await Pipeline_untypedActor().total(inputs)
}

func pipeline_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_untyped")
    let subject = try fourPolicyPipeline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func pipeline_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_untyped")
    let subject = try fourPolicyPipeline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func pipeline_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_untyped")
    let subject = try fourPolicyPipeline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func pipeline_untyped_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_untyped")
    let subject = try fourPolicyPipeline(tag)
    return try await executeEach(inputs, through: subject) { i in { try await work(i) } }
}

func pipeline_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_typed")
    let subject = try fourPolicyPipeline(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func pipeline_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_typed")
    let subject = try fourPolicyPipeline(tag)
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func pipeline_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_typed")
    let subject = try fourPolicyPipeline(tag)
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor Pipeline_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("pipeline_typed")
        let subject = try fourPolicyPipeline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
        }
        return total
    }
}

func pipeline_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await Pipeline_typedActor().total(inputs)
}

func pipeline_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_typed")
    let subject = try fourPolicyPipeline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func pipeline_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_typed")
    let subject = try fourPolicyPipeline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func pipeline_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_typed")
    let subject = try fourPolicyPipeline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func pipeline_typed_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_typed")
    let subject = try fourPolicyPipeline(tag)
    return try await executeEach(inputs, through: subject) { i in { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func pipeline_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_nonThrowing")
    let subject = try fourPolicyPipeline(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func pipeline_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_nonThrowing")
    let subject = try fourPolicyPipeline(tag)
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func pipeline_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_nonThrowing")
    let subject = try fourPolicyPipeline(tag)
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor Pipeline_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("pipeline_nonThrowing")
        let subject = try fourPolicyPipeline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { await plainWork(i) }
        }
        return total
    }
}

func pipeline_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await Pipeline_nonThrowingActor().total(inputs)
}

func pipeline_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_nonThrowing")
    let subject = try fourPolicyPipeline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func pipeline_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_nonThrowing")
    let subject = try fourPolicyPipeline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func pipeline_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_nonThrowing")
    let subject = try fourPolicyPipeline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func pipeline_nonThrowing_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipeline_nonThrowing")
    let subject = try fourPolicyPipeline(tag)
    return try await executeEach(inputs, through: subject) { i in { await plainWork(i) } }
}

func pipelineWithoutTimeout_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_untyped")
    let subject = try callerTaskPipeline(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func pipelineWithoutTimeout_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_untyped")
    let subject = try callerTaskPipeline(tag)
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func pipelineWithoutTimeout_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_untyped")
    let subject = try callerTaskPipeline(tag)
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor PipelineWithoutTimeout_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("pipelineWithoutTimeout_untyped")
        let subject = try callerTaskPipeline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { try await work(i) }
        }
        return total
    }
}

func pipelineWithoutTimeout_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await PipelineWithoutTimeout_untypedActor().total(inputs)
}

func pipelineWithoutTimeout_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_untyped")
    let subject = try callerTaskPipeline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func pipelineWithoutTimeout_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_untyped")
    let subject = try callerTaskPipeline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func pipelineWithoutTimeout_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_untyped")
    let subject = try callerTaskPipeline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func pipelineWithoutTimeout_untyped_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_untyped")
    let subject = try callerTaskPipeline(tag)
    return try await executeEach(inputs, through: subject) { i in { try await work(i) } }
}

func pipelineWithoutTimeout_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_typed")
    let subject = try callerTaskPipeline(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func pipelineWithoutTimeout_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_typed")
    let subject = try callerTaskPipeline(tag)
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func pipelineWithoutTimeout_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_typed")
    let subject = try callerTaskPipeline(tag)
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor PipelineWithoutTimeout_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("pipelineWithoutTimeout_typed")
        let subject = try callerTaskPipeline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
        }
        return total
    }
}

func pipelineWithoutTimeout_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await PipelineWithoutTimeout_typedActor().total(inputs)
}

func pipelineWithoutTimeout_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_typed")
    let subject = try callerTaskPipeline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func pipelineWithoutTimeout_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_typed")
    let subject = try callerTaskPipeline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func pipelineWithoutTimeout_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_typed")
    let subject = try callerTaskPipeline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func pipelineWithoutTimeout_typed_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_typed")
    let subject = try callerTaskPipeline(tag)
    return try await executeEach(inputs, through: subject) { i in { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func pipelineWithoutTimeout_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_nonThrowing")
    let subject = try callerTaskPipeline(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func pipelineWithoutTimeout_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_nonThrowing")
    let subject = try callerTaskPipeline(tag)
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func pipelineWithoutTimeout_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_nonThrowing")
    let subject = try callerTaskPipeline(tag)
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor PipelineWithoutTimeout_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("pipelineWithoutTimeout_nonThrowing")
        let subject = try callerTaskPipeline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { await plainWork(i) }
        }
        return total
    }
}

func pipelineWithoutTimeout_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await PipelineWithoutTimeout_nonThrowingActor().total(inputs)
}

func pipelineWithoutTimeout_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_nonThrowing")
    let subject = try callerTaskPipeline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func pipelineWithoutTimeout_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_nonThrowing")
    let subject = try callerTaskPipeline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func pipelineWithoutTimeout_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_nonThrowing")
    let subject = try callerTaskPipeline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func pipelineWithoutTimeout_nonThrowing_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineWithoutTimeout_nonThrowing")
    let subject = try callerTaskPipeline(tag)
    return try await executeEach(inputs, through: subject) { i in { await plainWork(i) } }
}

func pipelineExecute_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineExecute_untyped")
    let subject = try fourPolicyPipeline(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.execute(ClosureOperation { try await work(i) })
    }
    return total
}

func pipelineExecute_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineExecute_untyped")
    let subject = try fourPolicyPipeline(tag)
    return try await sumAsync(inputs) { i in try await subject.execute(ClosureOperation { try await work(i) }) }
}

func pipelineExecute_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineExecute_untyped")
    let subject = try fourPolicyPipeline(tag)
    let values = try await mapAsync(inputs) { i in try await subject.execute(ClosureOperation { try await work(i) }) }
    return values.reduce(0, &+)
}

actor PipelineExecute_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("pipelineExecute_untyped")
        let subject = try fourPolicyPipeline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.execute(ClosureOperation { try await work(i) })
        }
        return total
    }
}

func pipelineExecute_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await PipelineExecute_untypedActor().total(inputs)
}

func pipelineExecute_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineExecute_untyped")
    let subject = try fourPolicyPipeline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.execute(ClosureOperation { try await work(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func pipelineExecute_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineExecute_untyped")
    let subject = try fourPolicyPipeline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.execute(ClosureOperation { try await work(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.execute(ClosureOperation { try await work(i) }) }
        return total
    }()
    return try await head &+ tail
}

func pipelineExecute_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineExecute_untyped")
    let subject = try fourPolicyPipeline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.execute(ClosureOperation { try await work(i) }) } }
    }
    return total
}

func pipelineExecute_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineExecute_typed")
    let subject = try fourPolicyPipeline(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.execute(ClosureOperation { () async throws(Failure) -> Int in try await typedWork(i) })
    }
    return total
}

func pipelineExecute_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineExecute_typed")
    let subject = try fourPolicyPipeline(tag)
    return try await sumAsync(inputs) { i in try await subject.execute(ClosureOperation { () async throws(Failure) -> Int in try await typedWork(i) }) }
}

func pipelineExecute_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineExecute_typed")
    let subject = try fourPolicyPipeline(tag)
    let values = try await mapAsync(inputs) { i in try await subject.execute(ClosureOperation { () async throws(Failure) -> Int in try await typedWork(i) }) }
    return values.reduce(0, &+)
}

actor PipelineExecute_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("pipelineExecute_typed")
        let subject = try fourPolicyPipeline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.execute(ClosureOperation { () async throws(Failure) -> Int in try await typedWork(i) })
        }
        return total
    }
}

func pipelineExecute_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await PipelineExecute_typedActor().total(inputs)
}

func pipelineExecute_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineExecute_typed")
    let subject = try fourPolicyPipeline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.execute(ClosureOperation { () async throws(Failure) -> Int in try await typedWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func pipelineExecute_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineExecute_typed")
    let subject = try fourPolicyPipeline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.execute(ClosureOperation { () async throws(Failure) -> Int in try await typedWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.execute(ClosureOperation { () async throws(Failure) -> Int in try await typedWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func pipelineExecute_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineExecute_typed")
    let subject = try fourPolicyPipeline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.execute(ClosureOperation { () async throws(Failure) -> Int in try await typedWork(i) }) } }
    }
    return total
}

func pipelineExecute_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineExecute_nonThrowing")
    let subject = try fourPolicyPipeline(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.execute(ClosureOperation { await plainWork(i) })
    }
    return total
}

func pipelineExecute_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineExecute_nonThrowing")
    let subject = try fourPolicyPipeline(tag)
    return try await sumAsync(inputs) { i in try await subject.execute(ClosureOperation { await plainWork(i) }) }
}

func pipelineExecute_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineExecute_nonThrowing")
    let subject = try fourPolicyPipeline(tag)
    let values = try await mapAsync(inputs) { i in try await subject.execute(ClosureOperation { await plainWork(i) }) }
    return values.reduce(0, &+)
}

actor PipelineExecute_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("pipelineExecute_nonThrowing")
        let subject = try fourPolicyPipeline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.execute(ClosureOperation { await plainWork(i) })
        }
        return total
    }
}

func pipelineExecute_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await PipelineExecute_nonThrowingActor().total(inputs)
}

func pipelineExecute_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineExecute_nonThrowing")
    let subject = try fourPolicyPipeline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.execute(ClosureOperation { await plainWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func pipelineExecute_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineExecute_nonThrowing")
    let subject = try fourPolicyPipeline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.execute(ClosureOperation { await plainWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.execute(ClosureOperation { await plainWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func pipelineExecute_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("pipelineExecute_nonThrowing")
    let subject = try fourPolicyPipeline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.execute(ClosureOperation { await plainWork(i) }) } }
    }
    return total
}

func httpPipeline_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_untyped")
    let subject = try httpPipeline(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func httpPipeline_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_untyped")
    let subject = try httpPipeline(tag)
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func httpPipeline_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_untyped")
    let subject = try httpPipeline(tag)
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor HttpPipeline_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("httpPipeline_untyped")
        let subject = try httpPipeline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { try await work(i) }
        }
        return total
    }
}

func httpPipeline_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await HttpPipeline_untypedActor().total(inputs)
}

func httpPipeline_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_untyped")
    let subject = try httpPipeline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func httpPipeline_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_untyped")
    let subject = try httpPipeline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func httpPipeline_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_untyped")
    let subject = try httpPipeline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func httpPipeline_untyped_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_untyped")
    let subject = try httpPipeline(tag)
    return try await executeEach(inputs, through: subject) { i in { try await work(i) } }
}

func httpPipeline_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_typed")
    let subject = try httpPipeline(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func httpPipeline_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_typed")
    let subject = try httpPipeline(tag)
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func httpPipeline_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_typed")
    let subject = try httpPipeline(tag)
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor HttpPipeline_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("httpPipeline_typed")
        let subject = try httpPipeline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
        }
        return total
    }
}

func httpPipeline_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await HttpPipeline_typedActor().total(inputs)
}

func httpPipeline_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_typed")
    let subject = try httpPipeline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func httpPipeline_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_typed")
    let subject = try httpPipeline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func httpPipeline_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_typed")
    let subject = try httpPipeline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func httpPipeline_typed_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_typed")
    let subject = try httpPipeline(tag)
    return try await executeEach(inputs, through: subject) { i in { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func httpPipeline_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_nonThrowing")
    let subject = try httpPipeline(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func httpPipeline_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_nonThrowing")
    let subject = try httpPipeline(tag)
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func httpPipeline_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_nonThrowing")
    let subject = try httpPipeline(tag)
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor HttpPipeline_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("httpPipeline_nonThrowing")
        let subject = try httpPipeline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { await plainWork(i) }
        }
        return total
    }
}

func httpPipeline_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await HttpPipeline_nonThrowingActor().total(inputs)
}

func httpPipeline_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_nonThrowing")
    let subject = try httpPipeline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func httpPipeline_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_nonThrowing")
    let subject = try httpPipeline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func httpPipeline_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_nonThrowing")
    let subject = try httpPipeline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func httpPipeline_nonThrowing_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("httpPipeline_nonThrowing")
    let subject = try httpPipeline(tag)
    return try await executeEach(inputs, through: subject) { i in { await plainWork(i) } }
}

func integrationPoint_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPoint_untyped")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func integrationPoint_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPoint_untyped")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func integrationPoint_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPoint_untyped")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor IntegrationPoint_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("integrationPoint_untyped")
        let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { try await work(i) }
        }
        return total
    }
}

func integrationPoint_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await IntegrationPoint_untypedActor().total(inputs)
}

func integrationPoint_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPoint_untyped")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func integrationPoint_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPoint_untyped")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func integrationPoint_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPoint_untyped")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func integrationPoint_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPoint_typed")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func integrationPoint_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPoint_typed")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func integrationPoint_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPoint_typed")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor IntegrationPoint_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("integrationPoint_typed")
        let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
        }
        return total
    }
}

func integrationPoint_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await IntegrationPoint_typedActor().total(inputs)
}

func integrationPoint_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPoint_typed")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func integrationPoint_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPoint_typed")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func integrationPoint_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPoint_typed")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func integrationPoint_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPoint_nonThrowing")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func integrationPoint_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPoint_nonThrowing")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func integrationPoint_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPoint_nonThrowing")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor IntegrationPoint_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("integrationPoint_nonThrowing")
        let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { await plainWork(i) }
        }
        return total
    }
}

func integrationPoint_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await IntegrationPoint_nonThrowingActor().total(inputs)
}

func integrationPoint_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPoint_nonThrowing")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func integrationPoint_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPoint_nonThrowing")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func integrationPoint_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPoint_nonThrowing")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func integrationPointWithTimeout_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointWithTimeout_untyped")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func integrationPointWithTimeout_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointWithTimeout_untyped")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func integrationPointWithTimeout_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointWithTimeout_untyped")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor IntegrationPointWithTimeout_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("integrationPointWithTimeout_untyped")
        let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { try await work(i) }
        }
        return total
    }
}

func integrationPointWithTimeout_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await IntegrationPointWithTimeout_untypedActor().total(inputs)
}

func integrationPointWithTimeout_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointWithTimeout_untyped")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func integrationPointWithTimeout_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointWithTimeout_untyped")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func integrationPointWithTimeout_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointWithTimeout_untyped")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func integrationPointWithTimeout_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointWithTimeout_typed")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func integrationPointWithTimeout_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointWithTimeout_typed")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func integrationPointWithTimeout_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointWithTimeout_typed")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor IntegrationPointWithTimeout_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("integrationPointWithTimeout_typed")
        let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
        }
        return total
    }
}

func integrationPointWithTimeout_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await IntegrationPointWithTimeout_typedActor().total(inputs)
}

func integrationPointWithTimeout_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointWithTimeout_typed")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func integrationPointWithTimeout_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointWithTimeout_typed")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func integrationPointWithTimeout_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointWithTimeout_typed")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func integrationPointWithTimeout_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointWithTimeout_nonThrowing")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func integrationPointWithTimeout_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointWithTimeout_nonThrowing")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func integrationPointWithTimeout_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointWithTimeout_nonThrowing")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor IntegrationPointWithTimeout_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("integrationPointWithTimeout_nonThrowing")
        let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { await plainWork(i) }
        }
        return total
    }
}

func integrationPointWithTimeout_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await IntegrationPointWithTimeout_nonThrowingActor().total(inputs)
}

func integrationPointWithTimeout_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointWithTimeout_nonThrowing")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func integrationPointWithTimeout_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointWithTimeout_nonThrowing")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func integrationPointWithTimeout_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointWithTimeout_nonThrowing")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: fourPolicyPipeline(tag))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func keyedIntegrationPoints_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("keyedIntegrationPoints_untyped")
    let subject = try keyedPoints(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.run(key: "host-\(i & 3)") { try await work(i) }
    }
    return total
}

func keyedIntegrationPoints_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("keyedIntegrationPoints_untyped")
    let subject = try keyedPoints(tag)
    return try await sumAsync(inputs) { i in try await subject.run(key: "host-\(i & 3)") { try await work(i) } }
}

func keyedIntegrationPoints_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("keyedIntegrationPoints_untyped")
    let subject = try keyedPoints(tag)
    let values = try await mapAsync(inputs) { i in try await subject.run(key: "host-\(i & 3)") { try await work(i) } }
    return values.reduce(0, &+)
}

actor KeyedIntegrationPoints_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("keyedIntegrationPoints_untyped")
        let subject = try keyedPoints(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run(key: "host-\(i & 3)") { try await work(i) }
        }
        return total
    }
}

func keyedIntegrationPoints_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await KeyedIntegrationPoints_untypedActor().total(inputs)
}

func keyedIntegrationPoints_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("keyedIntegrationPoints_untyped")
    let subject = try keyedPoints(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run(key: "host-\(i & 3)") { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func keyedIntegrationPoints_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("keyedIntegrationPoints_untyped")
    let subject = try keyedPoints(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run(key: "host-\(i & 3)") { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run(key: "host-\(i & 3)") { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func keyedIntegrationPoints_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("keyedIntegrationPoints_untyped")
    let subject = try keyedPoints(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run(key: "host-\(i & 3)") { try await work(i) } } }
    }
    return total
}

func keyedIntegrationPoints_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("keyedIntegrationPoints_typed")
    let subject = try keyedPoints(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.run(key: "host-\(i & 3)") { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func keyedIntegrationPoints_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("keyedIntegrationPoints_typed")
    let subject = try keyedPoints(tag)
    return try await sumAsync(inputs) { i in try await subject.run(key: "host-\(i & 3)") { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func keyedIntegrationPoints_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("keyedIntegrationPoints_typed")
    let subject = try keyedPoints(tag)
    let values = try await mapAsync(inputs) { i in try await subject.run(key: "host-\(i & 3)") { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor KeyedIntegrationPoints_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("keyedIntegrationPoints_typed")
        let subject = try keyedPoints(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run(key: "host-\(i & 3)") { () async throws(Failure) -> Int in try await typedWork(i) }
        }
        return total
    }
}

func keyedIntegrationPoints_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await KeyedIntegrationPoints_typedActor().total(inputs)
}

func keyedIntegrationPoints_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("keyedIntegrationPoints_typed")
    let subject = try keyedPoints(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run(key: "host-\(i & 3)") { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func keyedIntegrationPoints_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("keyedIntegrationPoints_typed")
    let subject = try keyedPoints(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run(key: "host-\(i & 3)") { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run(key: "host-\(i & 3)") { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func keyedIntegrationPoints_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("keyedIntegrationPoints_typed")
    let subject = try keyedPoints(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run(key: "host-\(i & 3)") { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func keyedIntegrationPoints_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("keyedIntegrationPoints_nonThrowing")
    let subject = try keyedPoints(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.run(key: "host-\(i & 3)") { await plainWork(i) }
    }
    return total
}

func keyedIntegrationPoints_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("keyedIntegrationPoints_nonThrowing")
    let subject = try keyedPoints(tag)
    return try await sumAsync(inputs) { i in try await subject.run(key: "host-\(i & 3)") { await plainWork(i) } }
}

func keyedIntegrationPoints_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("keyedIntegrationPoints_nonThrowing")
    let subject = try keyedPoints(tag)
    let values = try await mapAsync(inputs) { i in try await subject.run(key: "host-\(i & 3)") { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor KeyedIntegrationPoints_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("keyedIntegrationPoints_nonThrowing")
        let subject = try keyedPoints(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run(key: "host-\(i & 3)") { await plainWork(i) }
        }
        return total
    }
}

func keyedIntegrationPoints_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await KeyedIntegrationPoints_nonThrowingActor().total(inputs)
}

func keyedIntegrationPoints_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("keyedIntegrationPoints_nonThrowing")
    let subject = try keyedPoints(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run(key: "host-\(i & 3)") { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func keyedIntegrationPoints_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("keyedIntegrationPoints_nonThrowing")
    let subject = try keyedPoints(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run(key: "host-\(i & 3)") { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run(key: "host-\(i & 3)") { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func keyedIntegrationPoints_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("keyedIntegrationPoints_nonThrowing")
    let subject = try keyedPoints(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run(key: "host-\(i & 3)") { await plainWork(i) } } }
    }
    return total
}

func resilientHTTPClient_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientHTTPClient_untyped")
    let subject = try await checkedHTTPClient(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.client.execute(subject.request, handleResponse: handlingResponse({ try await work(i) }))
    }
    return total
}

func resilientHTTPClient_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientHTTPClient_untyped")
    let subject = try await checkedHTTPClient(tag)
    return try await sumAsync(inputs) { i in try await subject.client.execute(subject.request, handleResponse: handlingResponse({ try await work(i) })) }
}

func resilientHTTPClient_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientHTTPClient_untyped")
    let subject = try await checkedHTTPClient(tag)
    let values = try await mapAsync(inputs) { i in try await subject.client.execute(subject.request, handleResponse: handlingResponse({ try await work(i) })) }
    return values.reduce(0, &+)
}

actor ResilientHTTPClient_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("resilientHTTPClient_untyped")
        let subject = try await checkedHTTPClient(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.client.execute(subject.request, handleResponse: handlingResponse({ try await work(i) }))
        }
        return total
    }
}

func resilientHTTPClient_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await ResilientHTTPClient_untypedActor().total(inputs)
}

func resilientHTTPClient_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientHTTPClient_untyped")
    let subject = try await checkedHTTPClient(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.client.execute(subject.request, handleResponse: handlingResponse({ try await work(i) })) }
        }
        return try await group.reduce(0, &+)
    }
}

func resilientHTTPClient_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientHTTPClient_untyped")
    let subject = try await checkedHTTPClient(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.client.execute(subject.request, handleResponse: handlingResponse({ try await work(i) })) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.client.execute(subject.request, handleResponse: handlingResponse({ try await work(i) })) }
        return total
    }()
    return try await head &+ tail
}

func resilientHTTPClient_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientHTTPClient_untyped")
    let subject = try await checkedHTTPClient(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.client.execute(subject.request, handleResponse: handlingResponse({ try await work(i) })) } }
    }
    return total
}

func resilientHTTPClient_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientHTTPClient_typed")
    let subject = try await checkedHTTPClient(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.client.execute(subject.request, handleResponse: handlingResponse({ () async throws(Failure) -> Int in try await typedWork(i) }))
    }
    return total
}

func resilientHTTPClient_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientHTTPClient_typed")
    let subject = try await checkedHTTPClient(tag)
    return try await sumAsync(inputs) { i in try await subject.client.execute(subject.request, handleResponse: handlingResponse({ () async throws(Failure) -> Int in try await typedWork(i) })) }
}

func resilientHTTPClient_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientHTTPClient_typed")
    let subject = try await checkedHTTPClient(tag)
    let values = try await mapAsync(inputs) { i in try await subject.client.execute(subject.request, handleResponse: handlingResponse({ () async throws(Failure) -> Int in try await typedWork(i) })) }
    return values.reduce(0, &+)
}

actor ResilientHTTPClient_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("resilientHTTPClient_typed")
        let subject = try await checkedHTTPClient(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.client.execute(subject.request, handleResponse: handlingResponse({ () async throws(Failure) -> Int in try await typedWork(i) }))
        }
        return total
    }
}

func resilientHTTPClient_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await ResilientHTTPClient_typedActor().total(inputs)
}

func resilientHTTPClient_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientHTTPClient_typed")
    let subject = try await checkedHTTPClient(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.client.execute(subject.request, handleResponse: handlingResponse({ () async throws(Failure) -> Int in try await typedWork(i) })) }
        }
        return try await group.reduce(0, &+)
    }
}

func resilientHTTPClient_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientHTTPClient_typed")
    let subject = try await checkedHTTPClient(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.client.execute(subject.request, handleResponse: handlingResponse({ () async throws(Failure) -> Int in try await typedWork(i) })) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.client.execute(subject.request, handleResponse: handlingResponse({ () async throws(Failure) -> Int in try await typedWork(i) })) }
        return total
    }()
    return try await head &+ tail
}

func resilientHTTPClient_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientHTTPClient_typed")
    let subject = try await checkedHTTPClient(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.client.execute(subject.request, handleResponse: handlingResponse({ () async throws(Failure) -> Int in try await typedWork(i) })) } }
    }
    return total
}

func resilientHTTPClient_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientHTTPClient_nonThrowing")
    let subject = try await checkedHTTPClient(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.client.execute(subject.request, handleResponse: handlingResponse({ await plainWork(i) }))
    }
    return total
}

func resilientHTTPClient_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientHTTPClient_nonThrowing")
    let subject = try await checkedHTTPClient(tag)
    return try await sumAsync(inputs) { i in try await subject.client.execute(subject.request, handleResponse: handlingResponse({ await plainWork(i) })) }
}

func resilientHTTPClient_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientHTTPClient_nonThrowing")
    let subject = try await checkedHTTPClient(tag)
    let values = try await mapAsync(inputs) { i in try await subject.client.execute(subject.request, handleResponse: handlingResponse({ await plainWork(i) })) }
    return values.reduce(0, &+)
}

actor ResilientHTTPClient_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("resilientHTTPClient_nonThrowing")
        let subject = try await checkedHTTPClient(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.client.execute(subject.request, handleResponse: handlingResponse({ await plainWork(i) }))
        }
        return total
    }
}

func resilientHTTPClient_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await ResilientHTTPClient_nonThrowingActor().total(inputs)
}

func resilientHTTPClient_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientHTTPClient_nonThrowing")
    let subject = try await checkedHTTPClient(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.client.execute(subject.request, handleResponse: handlingResponse({ await plainWork(i) })) }
        }
        return try await group.reduce(0, &+)
    }
}

func resilientHTTPClient_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientHTTPClient_nonThrowing")
    let subject = try await checkedHTTPClient(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.client.execute(subject.request, handleResponse: handlingResponse({ await plainWork(i) })) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.client.execute(subject.request, handleResponse: handlingResponse({ await plainWork(i) })) }
        return total
    }()
    return try await head &+ tail
}

func resilientHTTPClient_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientHTTPClient_nonThrowing")
    let subject = try await checkedHTTPClient(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.client.execute(subject.request, handleResponse: handlingResponse({ await plainWork(i) })) } }
    }
    return total
}

func integrationPointOnCallerTask_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointOnCallerTask_untyped")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    var total = 0
    for i in inputs {
        total &+= try await subject.runOnCallerTask { try await work(i) }
    }
    return total
}

func integrationPointOnCallerTask_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointOnCallerTask_untyped")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    return try await sumAsync(inputs) { i in try await subject.runOnCallerTask { try await work(i) } }
}

func integrationPointOnCallerTask_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointOnCallerTask_untyped")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    let values = try await mapAsync(inputs) { i in try await subject.runOnCallerTask { try await work(i) } }
    return values.reduce(0, &+)
}

actor IntegrationPointOnCallerTask_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("integrationPointOnCallerTask_untyped")
        let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.runOnCallerTask { self.calls += 1; return try await work(i) }
        }
        return total
    }
}

func integrationPointOnCallerTask_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await IntegrationPointOnCallerTask_untypedActor().total(inputs)
}

func integrationPointOnCallerTask_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointOnCallerTask_untyped")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.runOnCallerTask { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func integrationPointOnCallerTask_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointOnCallerTask_untyped")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.runOnCallerTask { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.runOnCallerTask { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func integrationPointOnCallerTask_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointOnCallerTask_untyped")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.runOnCallerTask { try await work(i) } } }
    }
    return total
}

func integrationPointOnCallerTask_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointOnCallerTask_typed")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    var total = 0
    for i in inputs {
        total &+= try await subject.runOnCallerTask { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func integrationPointOnCallerTask_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointOnCallerTask_typed")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    return try await sumAsync(inputs) { i in try await subject.runOnCallerTask { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func integrationPointOnCallerTask_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointOnCallerTask_typed")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    let values = try await mapAsync(inputs) { i in try await subject.runOnCallerTask { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor IntegrationPointOnCallerTask_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("integrationPointOnCallerTask_typed")
        let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.runOnCallerTask { () async throws(Failure) -> Int in self.calls += 1; return try await typedWork(i) }
        }
        return total
    }
}

func integrationPointOnCallerTask_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await IntegrationPointOnCallerTask_typedActor().total(inputs)
}

func integrationPointOnCallerTask_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointOnCallerTask_typed")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.runOnCallerTask { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func integrationPointOnCallerTask_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointOnCallerTask_typed")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.runOnCallerTask { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.runOnCallerTask { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func integrationPointOnCallerTask_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointOnCallerTask_typed")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.runOnCallerTask { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func integrationPointOnCallerTask_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointOnCallerTask_nonThrowing")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    var total = 0
    for i in inputs {
        total &+= try await subject.runOnCallerTask { await plainWork(i) }
    }
    return total
}

func integrationPointOnCallerTask_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointOnCallerTask_nonThrowing")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    return try await sumAsync(inputs) { i in try await subject.runOnCallerTask { await plainWork(i) } }
}

func integrationPointOnCallerTask_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointOnCallerTask_nonThrowing")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    let values = try await mapAsync(inputs) { i in try await subject.runOnCallerTask { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor IntegrationPointOnCallerTask_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("integrationPointOnCallerTask_nonThrowing")
        let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.runOnCallerTask { self.calls += 1; return await plainWork(i) }
        }
        return total
    }
}

func integrationPointOnCallerTask_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await IntegrationPointOnCallerTask_nonThrowingActor().total(inputs)
}

func integrationPointOnCallerTask_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointOnCallerTask_nonThrowing")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.runOnCallerTask { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func integrationPointOnCallerTask_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointOnCallerTask_nonThrowing")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.runOnCallerTask { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.runOnCallerTask { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func integrationPointOnCallerTask_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("integrationPointOnCallerTask_nonThrowing")
    let subject = try ResilienceRegistry().register("point \(tag)", pipeline: callerTaskPipeline(tag))
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.runOnCallerTask { await plainWork(i) } } }
    }
    return total
}

func resilientPostgresQuery_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresQuery_untyped")
    let subject = try await checkedPostgres(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.query("SELECT 1", consumeRows: consumingRows({ try await work(i) }))
    }
    return total
}

func resilientPostgresQuery_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresQuery_untyped")
    let subject = try await checkedPostgres(tag)
    return try await sumAsync(inputs) { i in try await subject.query("SELECT 1", consumeRows: consumingRows({ try await work(i) })) }
}

func resilientPostgresQuery_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresQuery_untyped")
    let subject = try await checkedPostgres(tag)
    let values = try await mapAsync(inputs) { i in try await subject.query("SELECT 1", consumeRows: consumingRows({ try await work(i) })) }
    return values.reduce(0, &+)
}

actor ResilientPostgresQuery_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("resilientPostgresQuery_untyped")
        let subject = try await checkedPostgres(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.query("SELECT 1", consumeRows: consumingRows({ try await work(i) }))
        }
        return total
    }
}

func resilientPostgresQuery_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await ResilientPostgresQuery_untypedActor().total(inputs)
}

func resilientPostgresQuery_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresQuery_untyped")
    let subject = try await checkedPostgres(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.query("SELECT 1", consumeRows: consumingRows({ try await work(i) })) }
        }
        return try await group.reduce(0, &+)
    }
}

func resilientPostgresQuery_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresQuery_untyped")
    let subject = try await checkedPostgres(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.query("SELECT 1", consumeRows: consumingRows({ try await work(i) })) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.query("SELECT 1", consumeRows: consumingRows({ try await work(i) })) }
        return total
    }()
    return try await head &+ tail
}

func resilientPostgresQuery_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresQuery_untyped")
    let subject = try await checkedPostgres(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.query("SELECT 1", consumeRows: consumingRows({ try await work(i) })) } }
    }
    return total
}

func resilientPostgresQuery_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresQuery_typed")
    let subject = try await checkedPostgres(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.query("SELECT 1", consumeRows: consumingRows({ () async throws(Failure) -> Int in try await typedWork(i) }))
    }
    return total
}

func resilientPostgresQuery_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresQuery_typed")
    let subject = try await checkedPostgres(tag)
    return try await sumAsync(inputs) { i in try await subject.query("SELECT 1", consumeRows: consumingRows({ () async throws(Failure) -> Int in try await typedWork(i) })) }
}

func resilientPostgresQuery_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresQuery_typed")
    let subject = try await checkedPostgres(tag)
    let values = try await mapAsync(inputs) { i in try await subject.query("SELECT 1", consumeRows: consumingRows({ () async throws(Failure) -> Int in try await typedWork(i) })) }
    return values.reduce(0, &+)
}

actor ResilientPostgresQuery_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("resilientPostgresQuery_typed")
        let subject = try await checkedPostgres(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.query("SELECT 1", consumeRows: consumingRows({ () async throws(Failure) -> Int in try await typedWork(i) }))
        }
        return total
    }
}

func resilientPostgresQuery_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await ResilientPostgresQuery_typedActor().total(inputs)
}

func resilientPostgresQuery_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresQuery_typed")
    let subject = try await checkedPostgres(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.query("SELECT 1", consumeRows: consumingRows({ () async throws(Failure) -> Int in try await typedWork(i) })) }
        }
        return try await group.reduce(0, &+)
    }
}

func resilientPostgresQuery_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresQuery_typed")
    let subject = try await checkedPostgres(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.query("SELECT 1", consumeRows: consumingRows({ () async throws(Failure) -> Int in try await typedWork(i) })) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.query("SELECT 1", consumeRows: consumingRows({ () async throws(Failure) -> Int in try await typedWork(i) })) }
        return total
    }()
    return try await head &+ tail
}

func resilientPostgresQuery_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresQuery_typed")
    let subject = try await checkedPostgres(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.query("SELECT 1", consumeRows: consumingRows({ () async throws(Failure) -> Int in try await typedWork(i) })) } }
    }
    return total
}

func resilientPostgresQuery_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresQuery_nonThrowing")
    let subject = try await checkedPostgres(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.query("SELECT 1", consumeRows: consumingRows({ await plainWork(i) }))
    }
    return total
}

func resilientPostgresQuery_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresQuery_nonThrowing")
    let subject = try await checkedPostgres(tag)
    return try await sumAsync(inputs) { i in try await subject.query("SELECT 1", consumeRows: consumingRows({ await plainWork(i) })) }
}

func resilientPostgresQuery_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresQuery_nonThrowing")
    let subject = try await checkedPostgres(tag)
    let values = try await mapAsync(inputs) { i in try await subject.query("SELECT 1", consumeRows: consumingRows({ await plainWork(i) })) }
    return values.reduce(0, &+)
}

actor ResilientPostgresQuery_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("resilientPostgresQuery_nonThrowing")
        let subject = try await checkedPostgres(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.query("SELECT 1", consumeRows: consumingRows({ await plainWork(i) }))
        }
        return total
    }
}

func resilientPostgresQuery_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await ResilientPostgresQuery_nonThrowingActor().total(inputs)
}

func resilientPostgresQuery_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresQuery_nonThrowing")
    let subject = try await checkedPostgres(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.query("SELECT 1", consumeRows: consumingRows({ await plainWork(i) })) }
        }
        return try await group.reduce(0, &+)
    }
}

func resilientPostgresQuery_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresQuery_nonThrowing")
    let subject = try await checkedPostgres(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.query("SELECT 1", consumeRows: consumingRows({ await plainWork(i) })) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.query("SELECT 1", consumeRows: consumingRows({ await plainWork(i) })) }
        return total
    }()
    return try await head &+ tail
}

func resilientPostgresQuery_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresQuery_nonThrowing")
    let subject = try await checkedPostgres(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.query("SELECT 1", consumeRows: consumingRows({ await plainWork(i) })) } }
    }
    return total
}

func resilientPostgresConnection_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresConnection_untyped")
    let subject = try await checkedPostgres(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.withConnection(usingConnection({ try await work(i) }))
    }
    return total
}

func resilientPostgresConnection_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresConnection_untyped")
    let subject = try await checkedPostgres(tag)
    return try await sumAsync(inputs) { i in try await subject.withConnection(usingConnection({ try await work(i) })) }
}

func resilientPostgresConnection_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresConnection_untyped")
    let subject = try await checkedPostgres(tag)
    let values = try await mapAsync(inputs) { i in try await subject.withConnection(usingConnection({ try await work(i) })) }
    return values.reduce(0, &+)
}

actor ResilientPostgresConnection_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("resilientPostgresConnection_untyped")
        let subject = try await checkedPostgres(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.withConnection(usingConnection({ try await work(i) }))
        }
        return total
    }
}

func resilientPostgresConnection_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await ResilientPostgresConnection_untypedActor().total(inputs)
}

func resilientPostgresConnection_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresConnection_untyped")
    let subject = try await checkedPostgres(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.withConnection(usingConnection({ try await work(i) })) }
        }
        return try await group.reduce(0, &+)
    }
}

func resilientPostgresConnection_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresConnection_untyped")
    let subject = try await checkedPostgres(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.withConnection(usingConnection({ try await work(i) })) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.withConnection(usingConnection({ try await work(i) })) }
        return total
    }()
    return try await head &+ tail
}

func resilientPostgresConnection_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresConnection_untyped")
    let subject = try await checkedPostgres(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.withConnection(usingConnection({ try await work(i) })) } }
    }
    return total
}

func resilientPostgresConnection_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresConnection_typed")
    let subject = try await checkedPostgres(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.withConnection(usingConnection({ () async throws(Failure) -> Int in try await typedWork(i) }))
    }
    return total
}

func resilientPostgresConnection_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresConnection_typed")
    let subject = try await checkedPostgres(tag)
    return try await sumAsync(inputs) { i in try await subject.withConnection(usingConnection({ () async throws(Failure) -> Int in try await typedWork(i) })) }
}

func resilientPostgresConnection_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresConnection_typed")
    let subject = try await checkedPostgres(tag)
    let values = try await mapAsync(inputs) { i in try await subject.withConnection(usingConnection({ () async throws(Failure) -> Int in try await typedWork(i) })) }
    return values.reduce(0, &+)
}

actor ResilientPostgresConnection_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("resilientPostgresConnection_typed")
        let subject = try await checkedPostgres(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.withConnection(usingConnection({ () async throws(Failure) -> Int in try await typedWork(i) }))
        }
        return total
    }
}

func resilientPostgresConnection_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await ResilientPostgresConnection_typedActor().total(inputs)
}

func resilientPostgresConnection_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresConnection_typed")
    let subject = try await checkedPostgres(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.withConnection(usingConnection({ () async throws(Failure) -> Int in try await typedWork(i) })) }
        }
        return try await group.reduce(0, &+)
    }
}

func resilientPostgresConnection_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresConnection_typed")
    let subject = try await checkedPostgres(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.withConnection(usingConnection({ () async throws(Failure) -> Int in try await typedWork(i) })) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.withConnection(usingConnection({ () async throws(Failure) -> Int in try await typedWork(i) })) }
        return total
    }()
    return try await head &+ tail
}

func resilientPostgresConnection_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresConnection_typed")
    let subject = try await checkedPostgres(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.withConnection(usingConnection({ () async throws(Failure) -> Int in try await typedWork(i) })) } }
    }
    return total
}

func resilientPostgresConnection_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresConnection_nonThrowing")
    let subject = try await checkedPostgres(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.withConnection(usingConnection({ await plainWork(i) }))
    }
    return total
}

func resilientPostgresConnection_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresConnection_nonThrowing")
    let subject = try await checkedPostgres(tag)
    return try await sumAsync(inputs) { i in try await subject.withConnection(usingConnection({ await plainWork(i) })) }
}

func resilientPostgresConnection_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresConnection_nonThrowing")
    let subject = try await checkedPostgres(tag)
    let values = try await mapAsync(inputs) { i in try await subject.withConnection(usingConnection({ await plainWork(i) })) }
    return values.reduce(0, &+)
}

actor ResilientPostgresConnection_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("resilientPostgresConnection_nonThrowing")
        let subject = try await checkedPostgres(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.withConnection(usingConnection({ await plainWork(i) }))
        }
        return total
    }
}

func resilientPostgresConnection_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await ResilientPostgresConnection_nonThrowingActor().total(inputs)
}

func resilientPostgresConnection_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresConnection_nonThrowing")
    let subject = try await checkedPostgres(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.withConnection(usingConnection({ await plainWork(i) })) }
        }
        return try await group.reduce(0, &+)
    }
}

func resilientPostgresConnection_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresConnection_nonThrowing")
    let subject = try await checkedPostgres(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.withConnection(usingConnection({ await plainWork(i) })) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.withConnection(usingConnection({ await plainWork(i) })) }
        return total
    }()
    return try await head &+ tail
}

func resilientPostgresConnection_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresConnection_nonThrowing")
    let subject = try await checkedPostgres(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.withConnection(usingConnection({ await plainWork(i) })) } }
    }
    return total
}

func resilientPostgresTransaction_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresTransaction_untyped")
    let subject = try await checkedPostgres(tag)
    var total = 0
    for i in inputs {
        total &+= try await inTransaction(subject, usingConnection({ try await work(i) }))
    }
    return total
}

func resilientPostgresTransaction_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresTransaction_untyped")
    let subject = try await checkedPostgres(tag)
    return try await sumAsync(inputs) { i in try await inTransaction(subject, usingConnection({ try await work(i) })) }
}

func resilientPostgresTransaction_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresTransaction_untyped")
    let subject = try await checkedPostgres(tag)
    let values = try await mapAsync(inputs) { i in try await inTransaction(subject, usingConnection({ try await work(i) })) }
    return values.reduce(0, &+)
}

actor ResilientPostgresTransaction_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("resilientPostgresTransaction_untyped")
        let subject = try await checkedPostgres(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await inTransaction(subject, usingConnection({ try await work(i) }))
        }
        return total
    }
}

func resilientPostgresTransaction_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await ResilientPostgresTransaction_untypedActor().total(inputs)
}

func resilientPostgresTransaction_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresTransaction_untyped")
    let subject = try await checkedPostgres(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await inTransaction(subject, usingConnection({ try await work(i) })) }
        }
        return try await group.reduce(0, &+)
    }
}

func resilientPostgresTransaction_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresTransaction_untyped")
    let subject = try await checkedPostgres(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await inTransaction(subject, usingConnection({ try await work(i) })) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await inTransaction(subject, usingConnection({ try await work(i) })) }
        return total
    }()
    return try await head &+ tail
}

func resilientPostgresTransaction_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresTransaction_untyped")
    let subject = try await checkedPostgres(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await inTransaction(subject, usingConnection({ try await work(i) })) } }
    }
    return total
}

func resilientPostgresTransaction_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresTransaction_typed")
    let subject = try await checkedPostgres(tag)
    var total = 0
    for i in inputs {
        total &+= try await inTransaction(subject, usingConnection({ () async throws(Failure) -> Int in try await typedWork(i) }))
    }
    return total
}

func resilientPostgresTransaction_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresTransaction_typed")
    let subject = try await checkedPostgres(tag)
    return try await sumAsync(inputs) { i in try await inTransaction(subject, usingConnection({ () async throws(Failure) -> Int in try await typedWork(i) })) }
}

func resilientPostgresTransaction_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresTransaction_typed")
    let subject = try await checkedPostgres(tag)
    let values = try await mapAsync(inputs) { i in try await inTransaction(subject, usingConnection({ () async throws(Failure) -> Int in try await typedWork(i) })) }
    return values.reduce(0, &+)
}

actor ResilientPostgresTransaction_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("resilientPostgresTransaction_typed")
        let subject = try await checkedPostgres(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await inTransaction(subject, usingConnection({ () async throws(Failure) -> Int in try await typedWork(i) }))
        }
        return total
    }
}

func resilientPostgresTransaction_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await ResilientPostgresTransaction_typedActor().total(inputs)
}

func resilientPostgresTransaction_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresTransaction_typed")
    let subject = try await checkedPostgres(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await inTransaction(subject, usingConnection({ () async throws(Failure) -> Int in try await typedWork(i) })) }
        }
        return try await group.reduce(0, &+)
    }
}

func resilientPostgresTransaction_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresTransaction_typed")
    let subject = try await checkedPostgres(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await inTransaction(subject, usingConnection({ () async throws(Failure) -> Int in try await typedWork(i) })) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await inTransaction(subject, usingConnection({ () async throws(Failure) -> Int in try await typedWork(i) })) }
        return total
    }()
    return try await head &+ tail
}

func resilientPostgresTransaction_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresTransaction_typed")
    let subject = try await checkedPostgres(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await inTransaction(subject, usingConnection({ () async throws(Failure) -> Int in try await typedWork(i) })) } }
    }
    return total
}

func resilientPostgresTransaction_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresTransaction_nonThrowing")
    let subject = try await checkedPostgres(tag)
    var total = 0
    for i in inputs {
        total &+= try await inTransaction(subject, usingConnection({ await plainWork(i) }))
    }
    return total
}

func resilientPostgresTransaction_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresTransaction_nonThrowing")
    let subject = try await checkedPostgres(tag)
    return try await sumAsync(inputs) { i in try await inTransaction(subject, usingConnection({ await plainWork(i) })) }
}

func resilientPostgresTransaction_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresTransaction_nonThrowing")
    let subject = try await checkedPostgres(tag)
    let values = try await mapAsync(inputs) { i in try await inTransaction(subject, usingConnection({ await plainWork(i) })) }
    return values.reduce(0, &+)
}

actor ResilientPostgresTransaction_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("resilientPostgresTransaction_nonThrowing")
        let subject = try await checkedPostgres(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await inTransaction(subject, usingConnection({ await plainWork(i) }))
        }
        return total
    }
}

func resilientPostgresTransaction_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await ResilientPostgresTransaction_nonThrowingActor().total(inputs)
}

func resilientPostgresTransaction_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresTransaction_nonThrowing")
    let subject = try await checkedPostgres(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await inTransaction(subject, usingConnection({ await plainWork(i) })) }
        }
        return try await group.reduce(0, &+)
    }
}

func resilientPostgresTransaction_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresTransaction_nonThrowing")
    let subject = try await checkedPostgres(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await inTransaction(subject, usingConnection({ await plainWork(i) })) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await inTransaction(subject, usingConnection({ await plainWork(i) })) }
        return total
    }()
    return try await head &+ tail
}

func resilientPostgresTransaction_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientPostgresTransaction_nonThrowing")
    let subject = try await checkedPostgres(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await inTransaction(subject, usingConnection({ await plainWork(i) })) } }
    }
    return total
}

func resilientFileSystemRun_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRun_untyped")
    let subject = try checkedFileSystem(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.run(usingFileSystem({ try await work(i) }))
    }
    return total
}

func resilientFileSystemRun_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRun_untyped")
    let subject = try checkedFileSystem(tag)
    return try await sumAsync(inputs) { i in try await subject.run(usingFileSystem({ try await work(i) })) }
}

func resilientFileSystemRun_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRun_untyped")
    let subject = try checkedFileSystem(tag)
    let values = try await mapAsync(inputs) { i in try await subject.run(usingFileSystem({ try await work(i) })) }
    return values.reduce(0, &+)
}

actor ResilientFileSystemRun_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("resilientFileSystemRun_untyped")
        let subject = try checkedFileSystem(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run(usingFileSystem({ try await work(i) }))
        }
        return total
    }
}

func resilientFileSystemRun_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await ResilientFileSystemRun_untypedActor().total(inputs)
}

func resilientFileSystemRun_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRun_untyped")
    let subject = try checkedFileSystem(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run(usingFileSystem({ try await work(i) })) }
        }
        return try await group.reduce(0, &+)
    }
}

func resilientFileSystemRun_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRun_untyped")
    let subject = try checkedFileSystem(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run(usingFileSystem({ try await work(i) })) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run(usingFileSystem({ try await work(i) })) }
        return total
    }()
    return try await head &+ tail
}

func resilientFileSystemRun_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRun_untyped")
    let subject = try checkedFileSystem(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run(usingFileSystem({ try await work(i) })) } }
    }
    return total
}

func resilientFileSystemRun_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRun_typed")
    let subject = try checkedFileSystem(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.run(usingFileSystem({ () async throws(Failure) -> Int in try await typedWork(i) }))
    }
    return total
}

func resilientFileSystemRun_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRun_typed")
    let subject = try checkedFileSystem(tag)
    return try await sumAsync(inputs) { i in try await subject.run(usingFileSystem({ () async throws(Failure) -> Int in try await typedWork(i) })) }
}

func resilientFileSystemRun_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRun_typed")
    let subject = try checkedFileSystem(tag)
    let values = try await mapAsync(inputs) { i in try await subject.run(usingFileSystem({ () async throws(Failure) -> Int in try await typedWork(i) })) }
    return values.reduce(0, &+)
}

actor ResilientFileSystemRun_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("resilientFileSystemRun_typed")
        let subject = try checkedFileSystem(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run(usingFileSystem({ () async throws(Failure) -> Int in try await typedWork(i) }))
        }
        return total
    }
}

func resilientFileSystemRun_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await ResilientFileSystemRun_typedActor().total(inputs)
}

func resilientFileSystemRun_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRun_typed")
    let subject = try checkedFileSystem(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run(usingFileSystem({ () async throws(Failure) -> Int in try await typedWork(i) })) }
        }
        return try await group.reduce(0, &+)
    }
}

func resilientFileSystemRun_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRun_typed")
    let subject = try checkedFileSystem(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run(usingFileSystem({ () async throws(Failure) -> Int in try await typedWork(i) })) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run(usingFileSystem({ () async throws(Failure) -> Int in try await typedWork(i) })) }
        return total
    }()
    return try await head &+ tail
}

func resilientFileSystemRun_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRun_typed")
    let subject = try checkedFileSystem(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run(usingFileSystem({ () async throws(Failure) -> Int in try await typedWork(i) })) } }
    }
    return total
}

func resilientFileSystemRun_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRun_nonThrowing")
    let subject = try checkedFileSystem(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.run(usingFileSystem({ await plainWork(i) }))
    }
    return total
}

func resilientFileSystemRun_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRun_nonThrowing")
    let subject = try checkedFileSystem(tag)
    return try await sumAsync(inputs) { i in try await subject.run(usingFileSystem({ await plainWork(i) })) }
}

func resilientFileSystemRun_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRun_nonThrowing")
    let subject = try checkedFileSystem(tag)
    let values = try await mapAsync(inputs) { i in try await subject.run(usingFileSystem({ await plainWork(i) })) }
    return values.reduce(0, &+)
}

actor ResilientFileSystemRun_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("resilientFileSystemRun_nonThrowing")
        let subject = try checkedFileSystem(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run(usingFileSystem({ await plainWork(i) }))
        }
        return total
    }
}

func resilientFileSystemRun_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await ResilientFileSystemRun_nonThrowingActor().total(inputs)
}

func resilientFileSystemRun_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRun_nonThrowing")
    let subject = try checkedFileSystem(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run(usingFileSystem({ await plainWork(i) })) }
        }
        return try await group.reduce(0, &+)
    }
}

func resilientFileSystemRun_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRun_nonThrowing")
    let subject = try checkedFileSystem(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run(usingFileSystem({ await plainWork(i) })) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run(usingFileSystem({ await plainWork(i) })) }
        return total
    }()
    return try await head &+ tail
}

func resilientFileSystemRun_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRun_nonThrowing")
    let subject = try checkedFileSystem(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run(usingFileSystem({ await plainWork(i) })) } }
    }
    return total
}

func resilientFileSystemRunBlocking_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRunBlocking_untyped")
    let subject = try checkedFileSystem(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { try blockingWork(i) })
    }
    return total
}

func resilientFileSystemRunBlocking_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRunBlocking_untyped")
    let subject = try checkedFileSystem(tag)
    return try await sumAsync(inputs) { i in try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { try blockingWork(i) }) }
}

func resilientFileSystemRunBlocking_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRunBlocking_untyped")
    let subject = try checkedFileSystem(tag)
    let values = try await mapAsync(inputs) { i in try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { try blockingWork(i) }) }
    return values.reduce(0, &+)
}

actor ResilientFileSystemRunBlocking_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("resilientFileSystemRunBlocking_untyped")
        let subject = try checkedFileSystem(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { try blockingWork(i) })
        }
        return total
    }
}

func resilientFileSystemRunBlocking_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await ResilientFileSystemRunBlocking_untypedActor().total(inputs)
}

func resilientFileSystemRunBlocking_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRunBlocking_untyped")
    let subject = try checkedFileSystem(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { try blockingWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func resilientFileSystemRunBlocking_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRunBlocking_untyped")
    let subject = try checkedFileSystem(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { try blockingWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { try blockingWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func resilientFileSystemRunBlocking_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRunBlocking_untyped")
    let subject = try checkedFileSystem(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { try blockingWork(i) }) } }
    }
    return total
}

func resilientFileSystemRunBlocking_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRunBlocking_typed")
    let subject = try checkedFileSystem(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { () throws(Failure) -> Int in try typedBlockingWork(i) })
    }
    return total
}

func resilientFileSystemRunBlocking_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRunBlocking_typed")
    let subject = try checkedFileSystem(tag)
    return try await sumAsync(inputs) { i in try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { () throws(Failure) -> Int in try typedBlockingWork(i) }) }
}

func resilientFileSystemRunBlocking_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRunBlocking_typed")
    let subject = try checkedFileSystem(tag)
    let values = try await mapAsync(inputs) { i in try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { () throws(Failure) -> Int in try typedBlockingWork(i) }) }
    return values.reduce(0, &+)
}

actor ResilientFileSystemRunBlocking_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("resilientFileSystemRunBlocking_typed")
        let subject = try checkedFileSystem(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { () throws(Failure) -> Int in try typedBlockingWork(i) })
        }
        return total
    }
}

func resilientFileSystemRunBlocking_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await ResilientFileSystemRunBlocking_typedActor().total(inputs)
}

func resilientFileSystemRunBlocking_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRunBlocking_typed")
    let subject = try checkedFileSystem(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { () throws(Failure) -> Int in try typedBlockingWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func resilientFileSystemRunBlocking_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRunBlocking_typed")
    let subject = try checkedFileSystem(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { () throws(Failure) -> Int in try typedBlockingWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { () throws(Failure) -> Int in try typedBlockingWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func resilientFileSystemRunBlocking_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRunBlocking_typed")
    let subject = try checkedFileSystem(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { () throws(Failure) -> Int in try typedBlockingWork(i) }) } }
    }
    return total
}

func resilientFileSystemRunBlocking_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRunBlocking_nonThrowing")
    let subject = try checkedFileSystem(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { plainBlockingWork(i) })
    }
    return total
}

func resilientFileSystemRunBlocking_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRunBlocking_nonThrowing")
    let subject = try checkedFileSystem(tag)
    return try await sumAsync(inputs) { i in try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { plainBlockingWork(i) }) }
}

func resilientFileSystemRunBlocking_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRunBlocking_nonThrowing")
    let subject = try checkedFileSystem(tag)
    let values = try await mapAsync(inputs) { i in try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { plainBlockingWork(i) }) }
    return values.reduce(0, &+)
}

actor ResilientFileSystemRunBlocking_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("resilientFileSystemRunBlocking_nonThrowing")
        let subject = try checkedFileSystem(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { plainBlockingWork(i) })
        }
        return total
    }
}

func resilientFileSystemRunBlocking_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await ResilientFileSystemRunBlocking_nonThrowingActor().total(inputs)
}

func resilientFileSystemRunBlocking_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRunBlocking_nonThrowing")
    let subject = try checkedFileSystem(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { plainBlockingWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func resilientFileSystemRunBlocking_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRunBlocking_nonThrowing")
    let subject = try checkedFileSystem(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { plainBlockingWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { plainBlockingWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func resilientFileSystemRunBlocking_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("resilientFileSystemRunBlocking_nonThrowing")
    let subject = try checkedFileSystem(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.runBlocking(on: checkThreads, timeout: .seconds(30), { plainBlockingWork(i) }) } }
    }
    return total
}

func openAPIMiddleware_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("openAPIMiddleware_untyped")
    let subject = try checkedMiddleware(tag)
    var total = 0
    for i in inputs {
        total &+= try await intercepting(subject, { try await work(i) })
    }
    return total
}

func openAPIMiddleware_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("openAPIMiddleware_untyped")
    let subject = try checkedMiddleware(tag)
    return try await sumAsync(inputs) { i in try await intercepting(subject, { try await work(i) }) }
}

func openAPIMiddleware_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("openAPIMiddleware_untyped")
    let subject = try checkedMiddleware(tag)
    let values = try await mapAsync(inputs) { i in try await intercepting(subject, { try await work(i) }) }
    return values.reduce(0, &+)
}

actor OpenAPIMiddleware_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("openAPIMiddleware_untyped")
        let subject = try checkedMiddleware(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await intercepting(subject, { try await work(i) })
        }
        return total
    }
}

func openAPIMiddleware_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await OpenAPIMiddleware_untypedActor().total(inputs)
}

func openAPIMiddleware_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("openAPIMiddleware_untyped")
    let subject = try checkedMiddleware(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await intercepting(subject, { try await work(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func openAPIMiddleware_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("openAPIMiddleware_untyped")
    let subject = try checkedMiddleware(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await intercepting(subject, { try await work(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await intercepting(subject, { try await work(i) }) }
        return total
    }()
    return try await head &+ tail
}

func openAPIMiddleware_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("openAPIMiddleware_untyped")
    let subject = try checkedMiddleware(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await intercepting(subject, { try await work(i) }) } }
    }
    return total
}

func openAPIMiddleware_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("openAPIMiddleware_typed")
    let subject = try checkedMiddleware(tag)
    var total = 0
    for i in inputs {
        total &+= try await intercepting(subject, { () async throws(Failure) -> Int in try await typedWork(i) })
    }
    return total
}

func openAPIMiddleware_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("openAPIMiddleware_typed")
    let subject = try checkedMiddleware(tag)
    return try await sumAsync(inputs) { i in try await intercepting(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
}

func openAPIMiddleware_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("openAPIMiddleware_typed")
    let subject = try checkedMiddleware(tag)
    let values = try await mapAsync(inputs) { i in try await intercepting(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
    return values.reduce(0, &+)
}

actor OpenAPIMiddleware_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("openAPIMiddleware_typed")
        let subject = try checkedMiddleware(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await intercepting(subject, { () async throws(Failure) -> Int in try await typedWork(i) })
        }
        return total
    }
}

func openAPIMiddleware_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await OpenAPIMiddleware_typedActor().total(inputs)
}

func openAPIMiddleware_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("openAPIMiddleware_typed")
    let subject = try checkedMiddleware(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await intercepting(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func openAPIMiddleware_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("openAPIMiddleware_typed")
    let subject = try checkedMiddleware(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await intercepting(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await intercepting(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func openAPIMiddleware_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("openAPIMiddleware_typed")
    let subject = try checkedMiddleware(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await intercepting(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) } }
    }
    return total
}

func openAPIMiddleware_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("openAPIMiddleware_nonThrowing")
    let subject = try checkedMiddleware(tag)
    var total = 0
    for i in inputs {
        total &+= try await intercepting(subject, { await plainWork(i) })
    }
    return total
}

func openAPIMiddleware_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("openAPIMiddleware_nonThrowing")
    let subject = try checkedMiddleware(tag)
    return try await sumAsync(inputs) { i in try await intercepting(subject, { await plainWork(i) }) }
}

func openAPIMiddleware_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("openAPIMiddleware_nonThrowing")
    let subject = try checkedMiddleware(tag)
    let values = try await mapAsync(inputs) { i in try await intercepting(subject, { await plainWork(i) }) }
    return values.reduce(0, &+)
}

actor OpenAPIMiddleware_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("openAPIMiddleware_nonThrowing")
        let subject = try checkedMiddleware(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await intercepting(subject, { await plainWork(i) })
        }
        return total
    }
}

func openAPIMiddleware_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await OpenAPIMiddleware_nonThrowingActor().total(inputs)
}

func openAPIMiddleware_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("openAPIMiddleware_nonThrowing")
    let subject = try checkedMiddleware(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await intercepting(subject, { await plainWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func openAPIMiddleware_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("openAPIMiddleware_nonThrowing")
    let subject = try checkedMiddleware(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await intercepting(subject, { await plainWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await intercepting(subject, { await plainWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func openAPIMiddleware_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("openAPIMiddleware_nonThrowing")
    let subject = try checkedMiddleware(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await intercepting(subject, { await plainWork(i) }) } }
    }
    return total
}

func grpcInterceptor_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcInterceptor_untyped")
    let subject = try checkedInterceptor(tag)
    var total = 0
    for i in inputs {
        total &+= try await intercepting(subject, { try await work(i) })
    }
    return total
}

func grpcInterceptor_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcInterceptor_untyped")
    let subject = try checkedInterceptor(tag)
    return try await sumAsync(inputs) { i in try await intercepting(subject, { try await work(i) }) }
}

func grpcInterceptor_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcInterceptor_untyped")
    let subject = try checkedInterceptor(tag)
    let values = try await mapAsync(inputs) { i in try await intercepting(subject, { try await work(i) }) }
    return values.reduce(0, &+)
}

actor GrpcInterceptor_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("grpcInterceptor_untyped")
        let subject = try checkedInterceptor(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await intercepting(subject, { try await work(i) })
        }
        return total
    }
}

func grpcInterceptor_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await GrpcInterceptor_untypedActor().total(inputs)
}

func grpcInterceptor_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcInterceptor_untyped")
    let subject = try checkedInterceptor(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await intercepting(subject, { try await work(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func grpcInterceptor_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcInterceptor_untyped")
    let subject = try checkedInterceptor(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await intercepting(subject, { try await work(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await intercepting(subject, { try await work(i) }) }
        return total
    }()
    return try await head &+ tail
}

func grpcInterceptor_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcInterceptor_untyped")
    let subject = try checkedInterceptor(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await intercepting(subject, { try await work(i) }) } }
    }
    return total
}

func grpcInterceptor_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcInterceptor_typed")
    let subject = try checkedInterceptor(tag)
    var total = 0
    for i in inputs {
        total &+= try await intercepting(subject, { () async throws(Failure) -> Int in try await typedWork(i) })
    }
    return total
}

func grpcInterceptor_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcInterceptor_typed")
    let subject = try checkedInterceptor(tag)
    return try await sumAsync(inputs) { i in try await intercepting(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
}

func grpcInterceptor_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcInterceptor_typed")
    let subject = try checkedInterceptor(tag)
    let values = try await mapAsync(inputs) { i in try await intercepting(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
    return values.reduce(0, &+)
}

actor GrpcInterceptor_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("grpcInterceptor_typed")
        let subject = try checkedInterceptor(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await intercepting(subject, { () async throws(Failure) -> Int in try await typedWork(i) })
        }
        return total
    }
}

func grpcInterceptor_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await GrpcInterceptor_typedActor().total(inputs)
}

func grpcInterceptor_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcInterceptor_typed")
    let subject = try checkedInterceptor(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await intercepting(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func grpcInterceptor_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcInterceptor_typed")
    let subject = try checkedInterceptor(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await intercepting(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await intercepting(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func grpcInterceptor_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcInterceptor_typed")
    let subject = try checkedInterceptor(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await intercepting(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) } }
    }
    return total
}

func grpcInterceptor_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcInterceptor_nonThrowing")
    let subject = try checkedInterceptor(tag)
    var total = 0
    for i in inputs {
        total &+= try await intercepting(subject, { await plainWork(i) })
    }
    return total
}

func grpcInterceptor_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcInterceptor_nonThrowing")
    let subject = try checkedInterceptor(tag)
    return try await sumAsync(inputs) { i in try await intercepting(subject, { await plainWork(i) }) }
}

func grpcInterceptor_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcInterceptor_nonThrowing")
    let subject = try checkedInterceptor(tag)
    let values = try await mapAsync(inputs) { i in try await intercepting(subject, { await plainWork(i) }) }
    return values.reduce(0, &+)
}

actor GrpcInterceptor_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("grpcInterceptor_nonThrowing")
        let subject = try checkedInterceptor(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await intercepting(subject, { await plainWork(i) })
        }
        return total
    }
}

func grpcInterceptor_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await GrpcInterceptor_nonThrowingActor().total(inputs)
}

func grpcInterceptor_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcInterceptor_nonThrowing")
    let subject = try checkedInterceptor(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await intercepting(subject, { await plainWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func grpcInterceptor_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcInterceptor_nonThrowing")
    let subject = try checkedInterceptor(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await intercepting(subject, { await plainWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await intercepting(subject, { await plainWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func grpcInterceptor_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcInterceptor_nonThrowing")
    let subject = try checkedInterceptor(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await intercepting(subject, { await plainWork(i) }) } }
    }
    return total
}

func hummingbirdLoadShedding_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdLoadShedding_untyped")
    let subject = try checkedHummingbirdShedding(tag)
    var total = 0
    for i in inputs {
        total &+= try await handling(subject, { try await work(i) })
    }
    return total
}

func hummingbirdLoadShedding_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdLoadShedding_untyped")
    let subject = try checkedHummingbirdShedding(tag)
    return try await sumAsync(inputs) { i in try await handling(subject, { try await work(i) }) }
}

func hummingbirdLoadShedding_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdLoadShedding_untyped")
    let subject = try checkedHummingbirdShedding(tag)
    let values = try await mapAsync(inputs) { i in try await handling(subject, { try await work(i) }) }
    return values.reduce(0, &+)
}

actor HummingbirdLoadShedding_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("hummingbirdLoadShedding_untyped")
        let subject = try checkedHummingbirdShedding(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await handling(subject, { try await work(i) })
        }
        return total
    }
}

func hummingbirdLoadShedding_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await HummingbirdLoadShedding_untypedActor().total(inputs)
}

func hummingbirdLoadShedding_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdLoadShedding_untyped")
    let subject = try checkedHummingbirdShedding(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await handling(subject, { try await work(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func hummingbirdLoadShedding_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdLoadShedding_untyped")
    let subject = try checkedHummingbirdShedding(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await handling(subject, { try await work(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await handling(subject, { try await work(i) }) }
        return total
    }()
    return try await head &+ tail
}

func hummingbirdLoadShedding_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdLoadShedding_untyped")
    let subject = try checkedHummingbirdShedding(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await handling(subject, { try await work(i) }) } }
    }
    return total
}

func hummingbirdLoadShedding_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdLoadShedding_typed")
    let subject = try checkedHummingbirdShedding(tag)
    var total = 0
    for i in inputs {
        total &+= try await handling(subject, { () async throws(Failure) -> Int in try await typedWork(i) })
    }
    return total
}

func hummingbirdLoadShedding_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdLoadShedding_typed")
    let subject = try checkedHummingbirdShedding(tag)
    return try await sumAsync(inputs) { i in try await handling(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
}

func hummingbirdLoadShedding_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdLoadShedding_typed")
    let subject = try checkedHummingbirdShedding(tag)
    let values = try await mapAsync(inputs) { i in try await handling(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
    return values.reduce(0, &+)
}

actor HummingbirdLoadShedding_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("hummingbirdLoadShedding_typed")
        let subject = try checkedHummingbirdShedding(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await handling(subject, { () async throws(Failure) -> Int in try await typedWork(i) })
        }
        return total
    }
}

func hummingbirdLoadShedding_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await HummingbirdLoadShedding_typedActor().total(inputs)
}

func hummingbirdLoadShedding_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdLoadShedding_typed")
    let subject = try checkedHummingbirdShedding(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await handling(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func hummingbirdLoadShedding_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdLoadShedding_typed")
    let subject = try checkedHummingbirdShedding(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await handling(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await handling(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func hummingbirdLoadShedding_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdLoadShedding_typed")
    let subject = try checkedHummingbirdShedding(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await handling(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) } }
    }
    return total
}

func hummingbirdLoadShedding_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdLoadShedding_nonThrowing")
    let subject = try checkedHummingbirdShedding(tag)
    var total = 0
    for i in inputs {
        total &+= try await handling(subject, { await plainWork(i) })
    }
    return total
}

func hummingbirdLoadShedding_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdLoadShedding_nonThrowing")
    let subject = try checkedHummingbirdShedding(tag)
    return try await sumAsync(inputs) { i in try await handling(subject, { await plainWork(i) }) }
}

func hummingbirdLoadShedding_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdLoadShedding_nonThrowing")
    let subject = try checkedHummingbirdShedding(tag)
    let values = try await mapAsync(inputs) { i in try await handling(subject, { await plainWork(i) }) }
    return values.reduce(0, &+)
}

actor HummingbirdLoadShedding_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("hummingbirdLoadShedding_nonThrowing")
        let subject = try checkedHummingbirdShedding(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await handling(subject, { await plainWork(i) })
        }
        return total
    }
}

func hummingbirdLoadShedding_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await HummingbirdLoadShedding_nonThrowingActor().total(inputs)
}

func hummingbirdLoadShedding_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdLoadShedding_nonThrowing")
    let subject = try checkedHummingbirdShedding(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await handling(subject, { await plainWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func hummingbirdLoadShedding_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdLoadShedding_nonThrowing")
    let subject = try checkedHummingbirdShedding(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await handling(subject, { await plainWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await handling(subject, { await plainWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func hummingbirdLoadShedding_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdLoadShedding_nonThrowing")
    let subject = try checkedHummingbirdShedding(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await handling(subject, { await plainWork(i) }) } }
    }
    return total
}

func hummingbirdDeadline_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdDeadline_untyped")
    let subject = try checkedHummingbirdDeadline(tag)
    var total = 0
    for i in inputs {
        total &+= try await handling(subject, { try await work(i) })
    }
    return total
}

func hummingbirdDeadline_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdDeadline_untyped")
    let subject = try checkedHummingbirdDeadline(tag)
    return try await sumAsync(inputs) { i in try await handling(subject, { try await work(i) }) }
}

func hummingbirdDeadline_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdDeadline_untyped")
    let subject = try checkedHummingbirdDeadline(tag)
    let values = try await mapAsync(inputs) { i in try await handling(subject, { try await work(i) }) }
    return values.reduce(0, &+)
}

actor HummingbirdDeadline_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("hummingbirdDeadline_untyped")
        let subject = try checkedHummingbirdDeadline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await handling(subject, { try await work(i) })
        }
        return total
    }
}

func hummingbirdDeadline_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await HummingbirdDeadline_untypedActor().total(inputs)
}

func hummingbirdDeadline_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdDeadline_untyped")
    let subject = try checkedHummingbirdDeadline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await handling(subject, { try await work(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func hummingbirdDeadline_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdDeadline_untyped")
    let subject = try checkedHummingbirdDeadline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await handling(subject, { try await work(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await handling(subject, { try await work(i) }) }
        return total
    }()
    return try await head &+ tail
}

func hummingbirdDeadline_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdDeadline_untyped")
    let subject = try checkedHummingbirdDeadline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await handling(subject, { try await work(i) }) } }
    }
    return total
}

func hummingbirdDeadline_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdDeadline_typed")
    let subject = try checkedHummingbirdDeadline(tag)
    var total = 0
    for i in inputs {
        total &+= try await handling(subject, { () async throws(Failure) -> Int in try await typedWork(i) })
    }
    return total
}

func hummingbirdDeadline_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdDeadline_typed")
    let subject = try checkedHummingbirdDeadline(tag)
    return try await sumAsync(inputs) { i in try await handling(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
}

func hummingbirdDeadline_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdDeadline_typed")
    let subject = try checkedHummingbirdDeadline(tag)
    let values = try await mapAsync(inputs) { i in try await handling(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
    return values.reduce(0, &+)
}

actor HummingbirdDeadline_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("hummingbirdDeadline_typed")
        let subject = try checkedHummingbirdDeadline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await handling(subject, { () async throws(Failure) -> Int in try await typedWork(i) })
        }
        return total
    }
}

func hummingbirdDeadline_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await HummingbirdDeadline_typedActor().total(inputs)
}

func hummingbirdDeadline_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdDeadline_typed")
    let subject = try checkedHummingbirdDeadline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await handling(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func hummingbirdDeadline_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdDeadline_typed")
    let subject = try checkedHummingbirdDeadline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await handling(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await handling(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func hummingbirdDeadline_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdDeadline_typed")
    let subject = try checkedHummingbirdDeadline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await handling(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) } }
    }
    return total
}

func hummingbirdDeadline_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdDeadline_nonThrowing")
    let subject = try checkedHummingbirdDeadline(tag)
    var total = 0
    for i in inputs {
        total &+= try await handling(subject, { await plainWork(i) })
    }
    return total
}

func hummingbirdDeadline_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdDeadline_nonThrowing")
    let subject = try checkedHummingbirdDeadline(tag)
    return try await sumAsync(inputs) { i in try await handling(subject, { await plainWork(i) }) }
}

func hummingbirdDeadline_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdDeadline_nonThrowing")
    let subject = try checkedHummingbirdDeadline(tag)
    let values = try await mapAsync(inputs) { i in try await handling(subject, { await plainWork(i) }) }
    return values.reduce(0, &+)
}

actor HummingbirdDeadline_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("hummingbirdDeadline_nonThrowing")
        let subject = try checkedHummingbirdDeadline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await handling(subject, { await plainWork(i) })
        }
        return total
    }
}

func hummingbirdDeadline_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await HummingbirdDeadline_nonThrowingActor().total(inputs)
}

func hummingbirdDeadline_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdDeadline_nonThrowing")
    let subject = try checkedHummingbirdDeadline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await handling(subject, { await plainWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func hummingbirdDeadline_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdDeadline_nonThrowing")
    let subject = try checkedHummingbirdDeadline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await handling(subject, { await plainWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await handling(subject, { await plainWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func hummingbirdDeadline_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("hummingbirdDeadline_nonThrowing")
    let subject = try checkedHummingbirdDeadline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await handling(subject, { await plainWork(i) }) } }
    }
    return total
}

func vaporLoadShedding_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporLoadShedding_untyped")
    let subject = try checkedVaporShedding(tag)
    var total = 0
    for i in inputs {
        total &+= try await responding(subject, { try await work(i) })
    }
    return total
}

func vaporLoadShedding_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporLoadShedding_untyped")
    let subject = try checkedVaporShedding(tag)
    return try await sumAsync(inputs) { i in try await responding(subject, { try await work(i) }) }
}

func vaporLoadShedding_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporLoadShedding_untyped")
    let subject = try checkedVaporShedding(tag)
    let values = try await mapAsync(inputs) { i in try await responding(subject, { try await work(i) }) }
    return values.reduce(0, &+)
}

actor VaporLoadShedding_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("vaporLoadShedding_untyped")
        let subject = try checkedVaporShedding(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await responding(subject, { try await work(i) })
        }
        return total
    }
}

func vaporLoadShedding_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await VaporLoadShedding_untypedActor().total(inputs)
}

func vaporLoadShedding_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporLoadShedding_untyped")
    let subject = try checkedVaporShedding(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await responding(subject, { try await work(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func vaporLoadShedding_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporLoadShedding_untyped")
    let subject = try checkedVaporShedding(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await responding(subject, { try await work(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await responding(subject, { try await work(i) }) }
        return total
    }()
    return try await head &+ tail
}

func vaporLoadShedding_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporLoadShedding_untyped")
    let subject = try checkedVaporShedding(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await responding(subject, { try await work(i) }) } }
    }
    return total
}

func vaporLoadShedding_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporLoadShedding_typed")
    let subject = try checkedVaporShedding(tag)
    var total = 0
    for i in inputs {
        total &+= try await responding(subject, { () async throws(Failure) -> Int in try await typedWork(i) })
    }
    return total
}

func vaporLoadShedding_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporLoadShedding_typed")
    let subject = try checkedVaporShedding(tag)
    return try await sumAsync(inputs) { i in try await responding(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
}

func vaporLoadShedding_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporLoadShedding_typed")
    let subject = try checkedVaporShedding(tag)
    let values = try await mapAsync(inputs) { i in try await responding(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
    return values.reduce(0, &+)
}

actor VaporLoadShedding_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("vaporLoadShedding_typed")
        let subject = try checkedVaporShedding(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await responding(subject, { () async throws(Failure) -> Int in try await typedWork(i) })
        }
        return total
    }
}

func vaporLoadShedding_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await VaporLoadShedding_typedActor().total(inputs)
}

func vaporLoadShedding_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporLoadShedding_typed")
    let subject = try checkedVaporShedding(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await responding(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func vaporLoadShedding_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporLoadShedding_typed")
    let subject = try checkedVaporShedding(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await responding(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await responding(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func vaporLoadShedding_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporLoadShedding_typed")
    let subject = try checkedVaporShedding(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await responding(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) } }
    }
    return total
}

func vaporLoadShedding_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporLoadShedding_nonThrowing")
    let subject = try checkedVaporShedding(tag)
    var total = 0
    for i in inputs {
        total &+= try await responding(subject, { await plainWork(i) })
    }
    return total
}

func vaporLoadShedding_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporLoadShedding_nonThrowing")
    let subject = try checkedVaporShedding(tag)
    return try await sumAsync(inputs) { i in try await responding(subject, { await plainWork(i) }) }
}

func vaporLoadShedding_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporLoadShedding_nonThrowing")
    let subject = try checkedVaporShedding(tag)
    let values = try await mapAsync(inputs) { i in try await responding(subject, { await plainWork(i) }) }
    return values.reduce(0, &+)
}

actor VaporLoadShedding_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("vaporLoadShedding_nonThrowing")
        let subject = try checkedVaporShedding(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await responding(subject, { await plainWork(i) })
        }
        return total
    }
}

func vaporLoadShedding_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await VaporLoadShedding_nonThrowingActor().total(inputs)
}

func vaporLoadShedding_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporLoadShedding_nonThrowing")
    let subject = try checkedVaporShedding(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await responding(subject, { await plainWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func vaporLoadShedding_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporLoadShedding_nonThrowing")
    let subject = try checkedVaporShedding(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await responding(subject, { await plainWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await responding(subject, { await plainWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func vaporLoadShedding_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporLoadShedding_nonThrowing")
    let subject = try checkedVaporShedding(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await responding(subject, { await plainWork(i) }) } }
    }
    return total
}

func vaporDeadline_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporDeadline_untyped")
    let subject = try checkedVaporDeadline(tag)
    var total = 0
    for i in inputs {
        total &+= try await responding(subject, { try await work(i) })
    }
    return total
}

func vaporDeadline_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporDeadline_untyped")
    let subject = try checkedVaporDeadline(tag)
    return try await sumAsync(inputs) { i in try await responding(subject, { try await work(i) }) }
}

func vaporDeadline_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporDeadline_untyped")
    let subject = try checkedVaporDeadline(tag)
    let values = try await mapAsync(inputs) { i in try await responding(subject, { try await work(i) }) }
    return values.reduce(0, &+)
}

actor VaporDeadline_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("vaporDeadline_untyped")
        let subject = try checkedVaporDeadline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await responding(subject, { try await work(i) })
        }
        return total
    }
}

func vaporDeadline_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await VaporDeadline_untypedActor().total(inputs)
}

func vaporDeadline_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporDeadline_untyped")
    let subject = try checkedVaporDeadline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await responding(subject, { try await work(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func vaporDeadline_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporDeadline_untyped")
    let subject = try checkedVaporDeadline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await responding(subject, { try await work(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await responding(subject, { try await work(i) }) }
        return total
    }()
    return try await head &+ tail
}

func vaporDeadline_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporDeadline_untyped")
    let subject = try checkedVaporDeadline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await responding(subject, { try await work(i) }) } }
    }
    return total
}

func vaporDeadline_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporDeadline_typed")
    let subject = try checkedVaporDeadline(tag)
    var total = 0
    for i in inputs {
        total &+= try await responding(subject, { () async throws(Failure) -> Int in try await typedWork(i) })
    }
    return total
}

func vaporDeadline_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporDeadline_typed")
    let subject = try checkedVaporDeadline(tag)
    return try await sumAsync(inputs) { i in try await responding(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
}

func vaporDeadline_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporDeadline_typed")
    let subject = try checkedVaporDeadline(tag)
    let values = try await mapAsync(inputs) { i in try await responding(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
    return values.reduce(0, &+)
}

actor VaporDeadline_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("vaporDeadline_typed")
        let subject = try checkedVaporDeadline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await responding(subject, { () async throws(Failure) -> Int in try await typedWork(i) })
        }
        return total
    }
}

func vaporDeadline_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await VaporDeadline_typedActor().total(inputs)
}

func vaporDeadline_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporDeadline_typed")
    let subject = try checkedVaporDeadline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await responding(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func vaporDeadline_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporDeadline_typed")
    let subject = try checkedVaporDeadline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await responding(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await responding(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func vaporDeadline_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporDeadline_typed")
    let subject = try checkedVaporDeadline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await responding(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) } }
    }
    return total
}

func vaporDeadline_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporDeadline_nonThrowing")
    let subject = try checkedVaporDeadline(tag)
    var total = 0
    for i in inputs {
        total &+= try await responding(subject, { await plainWork(i) })
    }
    return total
}

func vaporDeadline_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporDeadline_nonThrowing")
    let subject = try checkedVaporDeadline(tag)
    return try await sumAsync(inputs) { i in try await responding(subject, { await plainWork(i) }) }
}

func vaporDeadline_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporDeadline_nonThrowing")
    let subject = try checkedVaporDeadline(tag)
    let values = try await mapAsync(inputs) { i in try await responding(subject, { await plainWork(i) }) }
    return values.reduce(0, &+)
}

actor VaporDeadline_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("vaporDeadline_nonThrowing")
        let subject = try checkedVaporDeadline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await responding(subject, { await plainWork(i) })
        }
        return total
    }
}

func vaporDeadline_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await VaporDeadline_nonThrowingActor().total(inputs)
}

func vaporDeadline_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporDeadline_nonThrowing")
    let subject = try checkedVaporDeadline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await responding(subject, { await plainWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func vaporDeadline_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporDeadline_nonThrowing")
    let subject = try checkedVaporDeadline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await responding(subject, { await plainWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await responding(subject, { await plainWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func vaporDeadline_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("vaporDeadline_nonThrowing")
    let subject = try checkedVaporDeadline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await responding(subject, { await plainWork(i) }) } }
    }
    return total
}

func grpcServerLoadShedding_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerLoadShedding_untyped")
    let subject = try checkedServerShedding(tag)
    var total = 0
    for i in inputs {
        total &+= try await serving(subject, { try await work(i) })
    }
    return total
}

func grpcServerLoadShedding_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerLoadShedding_untyped")
    let subject = try checkedServerShedding(tag)
    return try await sumAsync(inputs) { i in try await serving(subject, { try await work(i) }) }
}

func grpcServerLoadShedding_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerLoadShedding_untyped")
    let subject = try checkedServerShedding(tag)
    let values = try await mapAsync(inputs) { i in try await serving(subject, { try await work(i) }) }
    return values.reduce(0, &+)
}

actor GrpcServerLoadShedding_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("grpcServerLoadShedding_untyped")
        let subject = try checkedServerShedding(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await serving(subject, { try await work(i) })
        }
        return total
    }
}

func grpcServerLoadShedding_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await GrpcServerLoadShedding_untypedActor().total(inputs)
}

func grpcServerLoadShedding_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerLoadShedding_untyped")
    let subject = try checkedServerShedding(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await serving(subject, { try await work(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func grpcServerLoadShedding_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerLoadShedding_untyped")
    let subject = try checkedServerShedding(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await serving(subject, { try await work(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await serving(subject, { try await work(i) }) }
        return total
    }()
    return try await head &+ tail
}

func grpcServerLoadShedding_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerLoadShedding_untyped")
    let subject = try checkedServerShedding(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await serving(subject, { try await work(i) }) } }
    }
    return total
}

func grpcServerLoadShedding_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerLoadShedding_typed")
    let subject = try checkedServerShedding(tag)
    var total = 0
    for i in inputs {
        total &+= try await serving(subject, { () async throws(Failure) -> Int in try await typedWork(i) })
    }
    return total
}

func grpcServerLoadShedding_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerLoadShedding_typed")
    let subject = try checkedServerShedding(tag)
    return try await sumAsync(inputs) { i in try await serving(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
}

func grpcServerLoadShedding_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerLoadShedding_typed")
    let subject = try checkedServerShedding(tag)
    let values = try await mapAsync(inputs) { i in try await serving(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
    return values.reduce(0, &+)
}

actor GrpcServerLoadShedding_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("grpcServerLoadShedding_typed")
        let subject = try checkedServerShedding(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await serving(subject, { () async throws(Failure) -> Int in try await typedWork(i) })
        }
        return total
    }
}

func grpcServerLoadShedding_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await GrpcServerLoadShedding_typedActor().total(inputs)
}

func grpcServerLoadShedding_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerLoadShedding_typed")
    let subject = try checkedServerShedding(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await serving(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func grpcServerLoadShedding_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerLoadShedding_typed")
    let subject = try checkedServerShedding(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await serving(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await serving(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func grpcServerLoadShedding_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerLoadShedding_typed")
    let subject = try checkedServerShedding(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await serving(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) } }
    }
    return total
}

func grpcServerLoadShedding_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerLoadShedding_nonThrowing")
    let subject = try checkedServerShedding(tag)
    var total = 0
    for i in inputs {
        total &+= try await serving(subject, { await plainWork(i) })
    }
    return total
}

func grpcServerLoadShedding_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerLoadShedding_nonThrowing")
    let subject = try checkedServerShedding(tag)
    return try await sumAsync(inputs) { i in try await serving(subject, { await plainWork(i) }) }
}

func grpcServerLoadShedding_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerLoadShedding_nonThrowing")
    let subject = try checkedServerShedding(tag)
    let values = try await mapAsync(inputs) { i in try await serving(subject, { await plainWork(i) }) }
    return values.reduce(0, &+)
}

actor GrpcServerLoadShedding_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("grpcServerLoadShedding_nonThrowing")
        let subject = try checkedServerShedding(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await serving(subject, { await plainWork(i) })
        }
        return total
    }
}

func grpcServerLoadShedding_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await GrpcServerLoadShedding_nonThrowingActor().total(inputs)
}

func grpcServerLoadShedding_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerLoadShedding_nonThrowing")
    let subject = try checkedServerShedding(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await serving(subject, { await plainWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func grpcServerLoadShedding_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerLoadShedding_nonThrowing")
    let subject = try checkedServerShedding(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await serving(subject, { await plainWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await serving(subject, { await plainWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func grpcServerLoadShedding_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerLoadShedding_nonThrowing")
    let subject = try checkedServerShedding(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await serving(subject, { await plainWork(i) }) } }
    }
    return total
}

func grpcServerDeadline_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerDeadline_untyped")
    let subject = try checkedServerDeadline(tag)
    var total = 0
    for i in inputs {
        total &+= try await serving(subject, { try await work(i) })
    }
    return total
}

func grpcServerDeadline_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerDeadline_untyped")
    let subject = try checkedServerDeadline(tag)
    return try await sumAsync(inputs) { i in try await serving(subject, { try await work(i) }) }
}

func grpcServerDeadline_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerDeadline_untyped")
    let subject = try checkedServerDeadline(tag)
    let values = try await mapAsync(inputs) { i in try await serving(subject, { try await work(i) }) }
    return values.reduce(0, &+)
}

actor GrpcServerDeadline_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("grpcServerDeadline_untyped")
        let subject = try checkedServerDeadline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await serving(subject, { try await work(i) })
        }
        return total
    }
}

func grpcServerDeadline_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await GrpcServerDeadline_untypedActor().total(inputs)
}

func grpcServerDeadline_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerDeadline_untyped")
    let subject = try checkedServerDeadline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await serving(subject, { try await work(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func grpcServerDeadline_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerDeadline_untyped")
    let subject = try checkedServerDeadline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await serving(subject, { try await work(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await serving(subject, { try await work(i) }) }
        return total
    }()
    return try await head &+ tail
}

func grpcServerDeadline_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerDeadline_untyped")
    let subject = try checkedServerDeadline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await serving(subject, { try await work(i) }) } }
    }
    return total
}

func grpcServerDeadline_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerDeadline_typed")
    let subject = try checkedServerDeadline(tag)
    var total = 0
    for i in inputs {
        total &+= try await serving(subject, { () async throws(Failure) -> Int in try await typedWork(i) })
    }
    return total
}

func grpcServerDeadline_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerDeadline_typed")
    let subject = try checkedServerDeadline(tag)
    return try await sumAsync(inputs) { i in try await serving(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
}

func grpcServerDeadline_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerDeadline_typed")
    let subject = try checkedServerDeadline(tag)
    let values = try await mapAsync(inputs) { i in try await serving(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
    return values.reduce(0, &+)
}

actor GrpcServerDeadline_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("grpcServerDeadline_typed")
        let subject = try checkedServerDeadline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await serving(subject, { () async throws(Failure) -> Int in try await typedWork(i) })
        }
        return total
    }
}

func grpcServerDeadline_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await GrpcServerDeadline_typedActor().total(inputs)
}

func grpcServerDeadline_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerDeadline_typed")
    let subject = try checkedServerDeadline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await serving(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func grpcServerDeadline_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerDeadline_typed")
    let subject = try checkedServerDeadline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await serving(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await serving(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func grpcServerDeadline_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerDeadline_typed")
    let subject = try checkedServerDeadline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await serving(subject, { () async throws(Failure) -> Int in try await typedWork(i) }) } }
    }
    return total
}

func grpcServerDeadline_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerDeadline_nonThrowing")
    let subject = try checkedServerDeadline(tag)
    var total = 0
    for i in inputs {
        total &+= try await serving(subject, { await plainWork(i) })
    }
    return total
}

func grpcServerDeadline_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerDeadline_nonThrowing")
    let subject = try checkedServerDeadline(tag)
    return try await sumAsync(inputs) { i in try await serving(subject, { await plainWork(i) }) }
}

func grpcServerDeadline_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerDeadline_nonThrowing")
    let subject = try checkedServerDeadline(tag)
    let values = try await mapAsync(inputs) { i in try await serving(subject, { await plainWork(i) }) }
    return values.reduce(0, &+)
}

actor GrpcServerDeadline_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("grpcServerDeadline_nonThrowing")
        let subject = try checkedServerDeadline(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await serving(subject, { await plainWork(i) })
        }
        return total
    }
}

func grpcServerDeadline_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await GrpcServerDeadline_nonThrowingActor().total(inputs)
}

func grpcServerDeadline_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerDeadline_nonThrowing")
    let subject = try checkedServerDeadline(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await serving(subject, { await plainWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func grpcServerDeadline_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerDeadline_nonThrowing")
    let subject = try checkedServerDeadline(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await serving(subject, { await plainWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await serving(subject, { await plainWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func grpcServerDeadline_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("grpcServerDeadline_nonThrowing")
    let subject = try checkedServerDeadline(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await serving(subject, { await plainWork(i) }) } }
    }
    return total
}

func configuredIntegrationPoint_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredIntegrationPoint_untyped")
    let subject = try configuredPoint(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func configuredIntegrationPoint_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredIntegrationPoint_untyped")
    let subject = try configuredPoint(tag)
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func configuredIntegrationPoint_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredIntegrationPoint_untyped")
    let subject = try configuredPoint(tag)
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor ConfiguredIntegrationPoint_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("configuredIntegrationPoint_untyped")
        let subject = try configuredPoint(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { try await work(i) }
        }
        return total
    }
}

func configuredIntegrationPoint_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await ConfiguredIntegrationPoint_untypedActor().total(inputs)
}

func configuredIntegrationPoint_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredIntegrationPoint_untyped")
    let subject = try configuredPoint(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func configuredIntegrationPoint_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredIntegrationPoint_untyped")
    let subject = try configuredPoint(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func configuredIntegrationPoint_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredIntegrationPoint_untyped")
    let subject = try configuredPoint(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func configuredIntegrationPoint_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredIntegrationPoint_typed")
    let subject = try configuredPoint(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func configuredIntegrationPoint_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredIntegrationPoint_typed")
    let subject = try configuredPoint(tag)
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func configuredIntegrationPoint_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredIntegrationPoint_typed")
    let subject = try configuredPoint(tag)
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor ConfiguredIntegrationPoint_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("configuredIntegrationPoint_typed")
        let subject = try configuredPoint(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
        }
        return total
    }
}

func configuredIntegrationPoint_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await ConfiguredIntegrationPoint_typedActor().total(inputs)
}

func configuredIntegrationPoint_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredIntegrationPoint_typed")
    let subject = try configuredPoint(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func configuredIntegrationPoint_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredIntegrationPoint_typed")
    let subject = try configuredPoint(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func configuredIntegrationPoint_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredIntegrationPoint_typed")
    let subject = try configuredPoint(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func configuredIntegrationPoint_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredIntegrationPoint_nonThrowing")
    let subject = try configuredPoint(tag)
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func configuredIntegrationPoint_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredIntegrationPoint_nonThrowing")
    let subject = try configuredPoint(tag)
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func configuredIntegrationPoint_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredIntegrationPoint_nonThrowing")
    let subject = try configuredPoint(tag)
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor ConfiguredIntegrationPoint_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("configuredIntegrationPoint_nonThrowing")
        let subject = try configuredPoint(tag)
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { await plainWork(i) }
        }
        return total
    }
}

func configuredIntegrationPoint_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await ConfiguredIntegrationPoint_nonThrowingActor().total(inputs)
}

func configuredIntegrationPoint_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredIntegrationPoint_nonThrowing")
    let subject = try configuredPoint(tag)
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func configuredIntegrationPoint_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredIntegrationPoint_nonThrowing")
    let subject = try configuredPoint(tag)
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func configuredIntegrationPoint_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredIntegrationPoint_nonThrowing")
    let subject = try configuredPoint(tag)
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func policyFromSection_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_untyped")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    var total = 0
    for i in inputs {
        total &+= try await subject.run { try await work(i) }
    }
    return total
}

func policyFromSection_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_untyped")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    return try await sumAsync(inputs) { i in try await subject.run { try await work(i) } }
}

func policyFromSection_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_untyped")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    let values = try await mapAsync(inputs) { i in try await subject.run { try await work(i) } }
    return values.reduce(0, &+)
}

actor PolicyFromSection_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("policyFromSection_untyped")
        let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return try await work(i) }
        }
        return total
    }
}

func policyFromSection_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await PolicyFromSection_untypedActor().total(inputs)
}

func policyFromSection_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_untyped")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { try await work(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func policyFromSection_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_untyped")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { try await work(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { try await work(i) } }
        return total
    }()
    return try await head &+ tail
}

func policyFromSection_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_untyped")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { try await work(i) } } }
    }
    return total
}

func policyFromSection_untyped_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_untyped")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { try await work(i) } }
}

func policyFromSection_untyped_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_untyped")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    return try await executeEach(inputs, through: subject) { i in { try await work(i) } }
}

func policyFromSection_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_typed")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    var total = 0
    for i in inputs {
        total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) }
    }
    return total
}

func policyFromSection_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_typed")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    return try await sumAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func policyFromSection_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_typed")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    let values = try await mapAsync(inputs) { i in try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
    return values.reduce(0, &+)
}

actor PolicyFromSection_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("policyFromSection_typed")
        let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { () async throws(Failure) -> Int in self.calls += 1; return try await typedWork(i) }
        }
        return total
    }
}

func policyFromSection_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await PolicyFromSection_typedActor().total(inputs)
}

func policyFromSection_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_typed")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func policyFromSection_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_typed")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func policyFromSection_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_typed")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { () async throws(Failure) -> Int in try await typedWork(i) } } }
    }
    return total
}

func policyFromSection_typed_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_typed")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func policyFromSection_typed_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_typed")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    return try await executeEach(inputs, through: subject) { i in { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func policyFromSection_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_nonThrowing")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    var total = 0
    for i in inputs {
        total &+= try await subject.run { await plainWork(i) }
    }
    return total
}

func policyFromSection_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_nonThrowing")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    return try await sumAsync(inputs) { i in try await subject.run { await plainWork(i) } }
}

func policyFromSection_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_nonThrowing")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    let values = try await mapAsync(inputs) { i in try await subject.run { await plainWork(i) } }
    return values.reduce(0, &+)
}

actor PolicyFromSection_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("policyFromSection_nonThrowing")
        let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.run { self.calls += 1; return await plainWork(i) }
        }
        return total
    }
}

func policyFromSection_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await PolicyFromSection_nonThrowingActor().total(inputs)
}

func policyFromSection_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_nonThrowing")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.run { await plainWork(i) } }
        }
        return try await group.reduce(0, &+)
    }
}

func policyFromSection_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_nonThrowing")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.run { await plainWork(i) } }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.run { await plainWork(i) } }
        return total
    }()
    return try await head &+ tail
}

func policyFromSection_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_nonThrowing")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.run { await plainWork(i) } } }
    }
    return total
}

func policyFromSection_nonThrowing_genericCallerTaskPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_nonThrowing")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    return try await runEach(inputs, through: subject) { policy, i in try await policy.run { await plainWork(i) } }
}

func policyFromSection_nonThrowing_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("policyFromSection_nonThrowing")
    let subject = try CircuitBreakerSection().makePolicy(name: "section \(tag)", clock: ContinuousClock())
    return try await executeEach(inputs, through: subject) { i in { await plainWork(i) } }
}

func configuredPolicies_untyped_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_untyped")
    let subject = try configuredPoint(tag).pipeline.policies
    var total = 0
    for i in inputs {
        total &+= try await subject.execute(ClosureOperation { try await work(i) })
    }
    return total
}

func configuredPolicies_untyped_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_untyped")
    let subject = try configuredPoint(tag).pipeline.policies
    return try await sumAsync(inputs) { i in try await subject.execute(ClosureOperation { try await work(i) }) }
}

func configuredPolicies_untyped_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_untyped")
    let subject = try configuredPoint(tag).pipeline.policies
    let values = try await mapAsync(inputs) { i in try await subject.execute(ClosureOperation { try await work(i) }) }
    return values.reduce(0, &+)
}

actor ConfiguredPolicies_untypedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("configuredPolicies_untyped")
        let subject = try configuredPoint(tag).pipeline.policies
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.execute(ClosureOperation { try await work(i) })
        }
        return total
    }
}

func configuredPolicies_untyped_actor(_ inputs: [Int]) async throws -> Int {
    try await ConfiguredPolicies_untypedActor().total(inputs)
}

func configuredPolicies_untyped_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_untyped")
    let subject = try configuredPoint(tag).pipeline.policies
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.execute(ClosureOperation { try await work(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func configuredPolicies_untyped_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_untyped")
    let subject = try configuredPoint(tag).pipeline.policies
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.execute(ClosureOperation { try await work(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.execute(ClosureOperation { try await work(i) }) }
        return total
    }()
    return try await head &+ tail
}

func configuredPolicies_untyped_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_untyped")
    let subject = try configuredPoint(tag).pipeline.policies
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.execute(ClosureOperation { try await work(i) }) } }
    }
    return total
}

func configuredPolicies_untyped_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_untyped")
    let subject = try configuredPoint(tag).pipeline.policies
    return try await executeEach(inputs, through: subject) { i in { try await work(i) } }
}

func configuredPolicies_typed_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_typed")
    let subject = try configuredPoint(tag).pipeline.policies
    var total = 0
    for i in inputs {
        total &+= try await subject.execute(ClosureOperation { () async throws(Failure) -> Int in try await typedWork(i) })
    }
    return total
}

func configuredPolicies_typed_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_typed")
    let subject = try configuredPoint(tag).pipeline.policies
    return try await sumAsync(inputs) { i in try await subject.execute(ClosureOperation { () async throws(Failure) -> Int in try await typedWork(i) }) }
}

func configuredPolicies_typed_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_typed")
    let subject = try configuredPoint(tag).pipeline.policies
    let values = try await mapAsync(inputs) { i in try await subject.execute(ClosureOperation { () async throws(Failure) -> Int in try await typedWork(i) }) }
    return values.reduce(0, &+)
}

actor ConfiguredPolicies_typedActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("configuredPolicies_typed")
        let subject = try configuredPoint(tag).pipeline.policies
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.execute(ClosureOperation { () async throws(Failure) -> Int in try await typedWork(i) })
        }
        return total
    }
}

func configuredPolicies_typed_actor(_ inputs: [Int]) async throws -> Int {
    try await ConfiguredPolicies_typedActor().total(inputs)
}

func configuredPolicies_typed_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_typed")
    let subject = try configuredPoint(tag).pipeline.policies
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.execute(ClosureOperation { () async throws(Failure) -> Int in try await typedWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func configuredPolicies_typed_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_typed")
    let subject = try configuredPoint(tag).pipeline.policies
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.execute(ClosureOperation { () async throws(Failure) -> Int in try await typedWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.execute(ClosureOperation { () async throws(Failure) -> Int in try await typedWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func configuredPolicies_typed_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_typed")
    let subject = try configuredPoint(tag).pipeline.policies
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.execute(ClosureOperation { () async throws(Failure) -> Int in try await typedWork(i) }) } }
    }
    return total
}

func configuredPolicies_typed_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_typed")
    let subject = try configuredPoint(tag).pipeline.policies
    return try await executeEach(inputs, through: subject) { i in { () async throws(Failure) -> Int in try await typedWork(i) } }
}

func configuredPolicies_nonThrowing_loop(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_nonThrowing")
    let subject = try configuredPoint(tag).pipeline.policies
    var total = 0
    for i in inputs {
        total &+= try await subject.execute(ClosureOperation { await plainWork(i) })
    }
    return total
}

func configuredPolicies_nonThrowing_rethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_nonThrowing")
    let subject = try configuredPoint(tag).pipeline.policies
    return try await sumAsync(inputs) { i in try await subject.execute(ClosureOperation { await plainWork(i) }) }
}

func configuredPolicies_nonThrowing_genericRethrowingHelper(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_nonThrowing")
    let subject = try configuredPoint(tag).pipeline.policies
    let values = try await mapAsync(inputs) { i in try await subject.execute(ClosureOperation { await plainWork(i) }) }
    return values.reduce(0, &+)
}

actor ConfiguredPolicies_nonThrowingActor {
    var calls = 0
    func total(_ inputs: [Int]) async throws -> Int {
        let tag = try checkedName("configuredPolicies_nonThrowing")
        let subject = try configuredPoint(tag).pipeline.policies
        var total = 0
        for i in inputs {
            self.calls += 1
            total &+= try await subject.execute(ClosureOperation { await plainWork(i) })
        }
        return total
    }
}

func configuredPolicies_nonThrowing_actor(_ inputs: [Int]) async throws -> Int {
    try await ConfiguredPolicies_nonThrowingActor().total(inputs)
}

func configuredPolicies_nonThrowing_taskGroup(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_nonThrowing")
    let subject = try configuredPoint(tag).pipeline.policies
    return try await withThrowingTaskGroup(of: Int.self) { group in
        for i in inputs {
            group.addTask { try await subject.execute(ClosureOperation { await plainWork(i) }) }
        }
        return try await group.reduce(0, &+)
    }
}

func configuredPolicies_nonThrowing_asyncLet(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_nonThrowing")
    let subject = try configuredPoint(tag).pipeline.policies
    let first = inputs.first ?? 0
    let rest = Array(inputs.dropFirst())
    async let head: Int = { let i = first; return try await subject.execute(ClosureOperation { await plainWork(i) }) }()
    async let tail: Int = {
        var total = 0
        for i in rest { total &+= try await subject.execute(ClosureOperation { await plainWork(i) }) }
        return total
    }()
    return try await head &+ tail
}

func configuredPolicies_nonThrowing_nested(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_nonThrowing")
    let subject = try configuredPoint(tag).pipeline.policies
    let outer = try CircuitBreaker(name: "outer \(tag)", configuration: CircuitBreaker.Configuration())
    let bulkhead = try Bulkhead(name: "outer \(tag)", maxConcurrentCalls: 64)
    var total = 0
    for i in inputs {
        total &+= try await outer.run { try await bulkhead.run { try await subject.execute(ClosureOperation { await plainWork(i) }) } }
    }
    return total
}

func configuredPolicies_nonThrowing_genericPolicy(_ inputs: [Int]) async throws -> Int {
    let tag = try checkedName("configuredPolicies_nonThrowing")
    let subject = try configuredPoint(tag).pipeline.policies
    return try await executeEach(inputs, through: subject) { i in { await plainWork(i) } }
}

/// Every shape, for main.swift to run.
let shapes: [Shape] = [
    Shape("circuitBreaker_untyped_loop", errors: .propagate, circuitBreaker_untyped_loop),
    Shape("circuitBreaker_untyped_rethrowingHelper", errors: .propagate, circuitBreaker_untyped_rethrowingHelper),
    Shape("circuitBreaker_untyped_genericRethrowingHelper", errors: .propagate, circuitBreaker_untyped_genericRethrowingHelper),
    Shape("circuitBreaker_untyped_actor", errors: .propagate, circuitBreaker_untyped_actor),
    Shape("circuitBreaker_untyped_taskGroup", errors: .propagate, circuitBreaker_untyped_taskGroup),
    Shape("circuitBreaker_untyped_asyncLet", errors: .propagate, circuitBreaker_untyped_asyncLet),
    Shape("circuitBreaker_untyped_nested", errors: .propagate, circuitBreaker_untyped_nested),
    Shape("circuitBreaker_untyped_genericCallerTaskPolicy", errors: .propagate, circuitBreaker_untyped_genericCallerTaskPolicy),
    Shape("circuitBreaker_untyped_genericPolicy", errors: .propagate, circuitBreaker_untyped_genericPolicy),
    Shape("circuitBreaker_typed_loop", errors: .propagate, circuitBreaker_typed_loop),
    Shape("circuitBreaker_typed_rethrowingHelper", errors: .propagate, circuitBreaker_typed_rethrowingHelper),
    Shape("circuitBreaker_typed_genericRethrowingHelper", errors: .propagate, circuitBreaker_typed_genericRethrowingHelper),
    Shape("circuitBreaker_typed_actor", errors: .propagate, circuitBreaker_typed_actor),
    Shape("circuitBreaker_typed_taskGroup", errors: .propagate, circuitBreaker_typed_taskGroup),
    Shape("circuitBreaker_typed_asyncLet", errors: .propagate, circuitBreaker_typed_asyncLet),
    Shape("circuitBreaker_typed_nested", errors: .propagate, circuitBreaker_typed_nested),
    Shape("circuitBreaker_typed_genericCallerTaskPolicy", errors: .propagate, circuitBreaker_typed_genericCallerTaskPolicy),
    Shape("circuitBreaker_typed_genericPolicy", errors: .propagate, circuitBreaker_typed_genericPolicy),
    Shape("circuitBreaker_nonThrowing_loop", errors: .none, circuitBreaker_nonThrowing_loop),
    Shape("circuitBreaker_nonThrowing_rethrowingHelper", errors: .none, circuitBreaker_nonThrowing_rethrowingHelper),
    Shape("circuitBreaker_nonThrowing_genericRethrowingHelper", errors: .none, circuitBreaker_nonThrowing_genericRethrowingHelper),
    Shape("circuitBreaker_nonThrowing_actor", errors: .none, circuitBreaker_nonThrowing_actor),
    Shape("circuitBreaker_nonThrowing_taskGroup", errors: .none, circuitBreaker_nonThrowing_taskGroup),
    Shape("circuitBreaker_nonThrowing_asyncLet", errors: .none, circuitBreaker_nonThrowing_asyncLet),
    Shape("circuitBreaker_nonThrowing_nested", errors: .none, circuitBreaker_nonThrowing_nested),
    Shape("circuitBreaker_nonThrowing_genericCallerTaskPolicy", errors: .none, circuitBreaker_nonThrowing_genericCallerTaskPolicy),
    Shape("circuitBreaker_nonThrowing_genericPolicy", errors: .none, circuitBreaker_nonThrowing_genericPolicy),
    Shape("circuitBreakerUntimed_untyped_loop", errors: .propagate, circuitBreakerUntimed_untyped_loop),
    Shape("circuitBreakerUntimed_untyped_rethrowingHelper", errors: .propagate, circuitBreakerUntimed_untyped_rethrowingHelper),
    Shape("circuitBreakerUntimed_untyped_genericRethrowingHelper", errors: .propagate, circuitBreakerUntimed_untyped_genericRethrowingHelper),
    Shape("circuitBreakerUntimed_untyped_actor", errors: .propagate, circuitBreakerUntimed_untyped_actor),
    Shape("circuitBreakerUntimed_untyped_taskGroup", errors: .propagate, circuitBreakerUntimed_untyped_taskGroup),
    Shape("circuitBreakerUntimed_untyped_asyncLet", errors: .propagate, circuitBreakerUntimed_untyped_asyncLet),
    Shape("circuitBreakerUntimed_untyped_nested", errors: .propagate, circuitBreakerUntimed_untyped_nested),
    Shape("circuitBreakerUntimed_untyped_genericCallerTaskPolicy", errors: .propagate, circuitBreakerUntimed_untyped_genericCallerTaskPolicy),
    Shape("circuitBreakerUntimed_untyped_genericPolicy", errors: .propagate, circuitBreakerUntimed_untyped_genericPolicy),
    Shape("circuitBreakerUntimed_typed_loop", errors: .propagate, circuitBreakerUntimed_typed_loop),
    Shape("circuitBreakerUntimed_typed_rethrowingHelper", errors: .propagate, circuitBreakerUntimed_typed_rethrowingHelper),
    Shape("circuitBreakerUntimed_typed_genericRethrowingHelper", errors: .propagate, circuitBreakerUntimed_typed_genericRethrowingHelper),
    Shape("circuitBreakerUntimed_typed_actor", errors: .propagate, circuitBreakerUntimed_typed_actor),
    Shape("circuitBreakerUntimed_typed_taskGroup", errors: .propagate, circuitBreakerUntimed_typed_taskGroup),
    Shape("circuitBreakerUntimed_typed_asyncLet", errors: .propagate, circuitBreakerUntimed_typed_asyncLet),
    Shape("circuitBreakerUntimed_typed_nested", errors: .propagate, circuitBreakerUntimed_typed_nested),
    Shape("circuitBreakerUntimed_typed_genericCallerTaskPolicy", errors: .propagate, circuitBreakerUntimed_typed_genericCallerTaskPolicy),
    Shape("circuitBreakerUntimed_typed_genericPolicy", errors: .propagate, circuitBreakerUntimed_typed_genericPolicy),
    Shape("circuitBreakerUntimed_nonThrowing_loop", errors: .none, circuitBreakerUntimed_nonThrowing_loop),
    Shape("circuitBreakerUntimed_nonThrowing_rethrowingHelper", errors: .none, circuitBreakerUntimed_nonThrowing_rethrowingHelper),
    Shape("circuitBreakerUntimed_nonThrowing_genericRethrowingHelper", errors: .none, circuitBreakerUntimed_nonThrowing_genericRethrowingHelper),
    Shape("circuitBreakerUntimed_nonThrowing_actor", errors: .none, circuitBreakerUntimed_nonThrowing_actor),
    Shape("circuitBreakerUntimed_nonThrowing_taskGroup", errors: .none, circuitBreakerUntimed_nonThrowing_taskGroup),
    Shape("circuitBreakerUntimed_nonThrowing_asyncLet", errors: .none, circuitBreakerUntimed_nonThrowing_asyncLet),
    Shape("circuitBreakerUntimed_nonThrowing_nested", errors: .none, circuitBreakerUntimed_nonThrowing_nested),
    Shape("circuitBreakerUntimed_nonThrowing_genericCallerTaskPolicy", errors: .none, circuitBreakerUntimed_nonThrowing_genericCallerTaskPolicy),
    Shape("circuitBreakerUntimed_nonThrowing_genericPolicy", errors: .none, circuitBreakerUntimed_nonThrowing_genericPolicy),
    Shape("circuitBreakerClassifying_untyped_loop", errors: .propagate, circuitBreakerClassifying_untyped_loop),
    Shape("circuitBreakerClassifying_untyped_rethrowingHelper", errors: .propagate, circuitBreakerClassifying_untyped_rethrowingHelper),
    Shape("circuitBreakerClassifying_untyped_genericRethrowingHelper", errors: .propagate, circuitBreakerClassifying_untyped_genericRethrowingHelper),
    Shape("circuitBreakerClassifying_untyped_actor", errors: .propagate, circuitBreakerClassifying_untyped_actor),
    Shape("circuitBreakerClassifying_untyped_taskGroup", errors: .propagate, circuitBreakerClassifying_untyped_taskGroup),
    Shape("circuitBreakerClassifying_untyped_asyncLet", errors: .propagate, circuitBreakerClassifying_untyped_asyncLet),
    Shape("circuitBreakerClassifying_untyped_nested", errors: .propagate, circuitBreakerClassifying_untyped_nested),
    Shape("circuitBreakerClassifying_typed_loop", errors: .propagate, circuitBreakerClassifying_typed_loop),
    Shape("circuitBreakerClassifying_typed_rethrowingHelper", errors: .propagate, circuitBreakerClassifying_typed_rethrowingHelper),
    Shape("circuitBreakerClassifying_typed_genericRethrowingHelper", errors: .propagate, circuitBreakerClassifying_typed_genericRethrowingHelper),
    Shape("circuitBreakerClassifying_typed_actor", errors: .propagate, circuitBreakerClassifying_typed_actor),
    Shape("circuitBreakerClassifying_typed_taskGroup", errors: .propagate, circuitBreakerClassifying_typed_taskGroup),
    Shape("circuitBreakerClassifying_typed_asyncLet", errors: .propagate, circuitBreakerClassifying_typed_asyncLet),
    Shape("circuitBreakerClassifying_typed_nested", errors: .propagate, circuitBreakerClassifying_typed_nested),
    Shape("circuitBreakerClassifying_nonThrowing_loop", errors: .none, circuitBreakerClassifying_nonThrowing_loop),
    Shape("circuitBreakerClassifying_nonThrowing_rethrowingHelper", errors: .none, circuitBreakerClassifying_nonThrowing_rethrowingHelper),
    Shape("circuitBreakerClassifying_nonThrowing_genericRethrowingHelper", errors: .none, circuitBreakerClassifying_nonThrowing_genericRethrowingHelper),
    Shape("circuitBreakerClassifying_nonThrowing_actor", errors: .none, circuitBreakerClassifying_nonThrowing_actor),
    Shape("circuitBreakerClassifying_nonThrowing_taskGroup", errors: .none, circuitBreakerClassifying_nonThrowing_taskGroup),
    Shape("circuitBreakerClassifying_nonThrowing_asyncLet", errors: .none, circuitBreakerClassifying_nonThrowing_asyncLet),
    Shape("circuitBreakerClassifying_nonThrowing_nested", errors: .none, circuitBreakerClassifying_nonThrowing_nested),
    Shape("bulkhead_untyped_loop", errors: .propagate, bulkhead_untyped_loop),
    Shape("bulkhead_untyped_rethrowingHelper", errors: .propagate, bulkhead_untyped_rethrowingHelper),
    Shape("bulkhead_untyped_genericRethrowingHelper", errors: .propagate, bulkhead_untyped_genericRethrowingHelper),
    Shape("bulkhead_untyped_actor", errors: .propagate, bulkhead_untyped_actor),
    Shape("bulkhead_untyped_taskGroup", errors: .propagate, bulkhead_untyped_taskGroup),
    Shape("bulkhead_untyped_asyncLet", errors: .propagate, bulkhead_untyped_asyncLet),
    Shape("bulkhead_untyped_nested", errors: .propagate, bulkhead_untyped_nested),
    Shape("bulkhead_untyped_genericCallerTaskPolicy", errors: .propagate, bulkhead_untyped_genericCallerTaskPolicy),
    Shape("bulkhead_untyped_genericPolicy", errors: .propagate, bulkhead_untyped_genericPolicy),
    Shape("bulkhead_typed_loop", errors: .propagate, bulkhead_typed_loop),
    Shape("bulkhead_typed_rethrowingHelper", errors: .propagate, bulkhead_typed_rethrowingHelper),
    Shape("bulkhead_typed_genericRethrowingHelper", errors: .propagate, bulkhead_typed_genericRethrowingHelper),
    Shape("bulkhead_typed_actor", errors: .propagate, bulkhead_typed_actor),
    Shape("bulkhead_typed_taskGroup", errors: .propagate, bulkhead_typed_taskGroup),
    Shape("bulkhead_typed_asyncLet", errors: .propagate, bulkhead_typed_asyncLet),
    Shape("bulkhead_typed_nested", errors: .propagate, bulkhead_typed_nested),
    Shape("bulkhead_typed_genericCallerTaskPolicy", errors: .propagate, bulkhead_typed_genericCallerTaskPolicy),
    Shape("bulkhead_typed_genericPolicy", errors: .propagate, bulkhead_typed_genericPolicy),
    Shape("bulkhead_nonThrowing_loop", errors: .none, bulkhead_nonThrowing_loop),
    Shape("bulkhead_nonThrowing_rethrowingHelper", errors: .none, bulkhead_nonThrowing_rethrowingHelper),
    Shape("bulkhead_nonThrowing_genericRethrowingHelper", errors: .none, bulkhead_nonThrowing_genericRethrowingHelper),
    Shape("bulkhead_nonThrowing_actor", errors: .none, bulkhead_nonThrowing_actor),
    Shape("bulkhead_nonThrowing_taskGroup", errors: .none, bulkhead_nonThrowing_taskGroup),
    Shape("bulkhead_nonThrowing_asyncLet", errors: .none, bulkhead_nonThrowing_asyncLet),
    Shape("bulkhead_nonThrowing_nested", errors: .none, bulkhead_nonThrowing_nested),
    Shape("bulkhead_nonThrowing_genericCallerTaskPolicy", errors: .none, bulkhead_nonThrowing_genericCallerTaskPolicy),
    Shape("bulkhead_nonThrowing_genericPolicy", errors: .none, bulkhead_nonThrowing_genericPolicy),
    Shape("rateLimiter_untyped_loop", errors: .propagate, rateLimiter_untyped_loop),
    Shape("rateLimiter_untyped_rethrowingHelper", errors: .propagate, rateLimiter_untyped_rethrowingHelper),
    Shape("rateLimiter_untyped_genericRethrowingHelper", errors: .propagate, rateLimiter_untyped_genericRethrowingHelper),
    Shape("rateLimiter_untyped_actor", errors: .propagate, rateLimiter_untyped_actor),
    Shape("rateLimiter_untyped_taskGroup", errors: .propagate, rateLimiter_untyped_taskGroup),
    Shape("rateLimiter_untyped_asyncLet", errors: .propagate, rateLimiter_untyped_asyncLet),
    Shape("rateLimiter_untyped_nested", errors: .propagate, rateLimiter_untyped_nested),
    Shape("rateLimiter_untyped_genericCallerTaskPolicy", errors: .propagate, rateLimiter_untyped_genericCallerTaskPolicy),
    Shape("rateLimiter_untyped_genericPolicy", errors: .propagate, rateLimiter_untyped_genericPolicy),
    Shape("rateLimiter_typed_loop", errors: .propagate, rateLimiter_typed_loop),
    Shape("rateLimiter_typed_rethrowingHelper", errors: .propagate, rateLimiter_typed_rethrowingHelper),
    Shape("rateLimiter_typed_genericRethrowingHelper", errors: .propagate, rateLimiter_typed_genericRethrowingHelper),
    Shape("rateLimiter_typed_actor", errors: .propagate, rateLimiter_typed_actor),
    Shape("rateLimiter_typed_taskGroup", errors: .propagate, rateLimiter_typed_taskGroup),
    Shape("rateLimiter_typed_asyncLet", errors: .propagate, rateLimiter_typed_asyncLet),
    Shape("rateLimiter_typed_nested", errors: .propagate, rateLimiter_typed_nested),
    Shape("rateLimiter_typed_genericCallerTaskPolicy", errors: .propagate, rateLimiter_typed_genericCallerTaskPolicy),
    Shape("rateLimiter_typed_genericPolicy", errors: .propagate, rateLimiter_typed_genericPolicy),
    Shape("rateLimiter_nonThrowing_loop", errors: .none, rateLimiter_nonThrowing_loop),
    Shape("rateLimiter_nonThrowing_rethrowingHelper", errors: .none, rateLimiter_nonThrowing_rethrowingHelper),
    Shape("rateLimiter_nonThrowing_genericRethrowingHelper", errors: .none, rateLimiter_nonThrowing_genericRethrowingHelper),
    Shape("rateLimiter_nonThrowing_actor", errors: .none, rateLimiter_nonThrowing_actor),
    Shape("rateLimiter_nonThrowing_taskGroup", errors: .none, rateLimiter_nonThrowing_taskGroup),
    Shape("rateLimiter_nonThrowing_asyncLet", errors: .none, rateLimiter_nonThrowing_asyncLet),
    Shape("rateLimiter_nonThrowing_nested", errors: .none, rateLimiter_nonThrowing_nested),
    Shape("rateLimiter_nonThrowing_genericCallerTaskPolicy", errors: .none, rateLimiter_nonThrowing_genericCallerTaskPolicy),
    Shape("rateLimiter_nonThrowing_genericPolicy", errors: .none, rateLimiter_nonThrowing_genericPolicy),
    Shape("adaptiveConcurrencyLimiter_untyped_loop", errors: .propagate, adaptiveConcurrencyLimiter_untyped_loop),
    Shape("adaptiveConcurrencyLimiter_untyped_rethrowingHelper", errors: .propagate, adaptiveConcurrencyLimiter_untyped_rethrowingHelper),
    Shape("adaptiveConcurrencyLimiter_untyped_genericRethrowingHelper", errors: .propagate, adaptiveConcurrencyLimiter_untyped_genericRethrowingHelper),
    Shape("adaptiveConcurrencyLimiter_untyped_actor", errors: .propagate, adaptiveConcurrencyLimiter_untyped_actor),
    Shape("adaptiveConcurrencyLimiter_untyped_taskGroup", errors: .propagate, adaptiveConcurrencyLimiter_untyped_taskGroup),
    Shape("adaptiveConcurrencyLimiter_untyped_asyncLet", errors: .propagate, adaptiveConcurrencyLimiter_untyped_asyncLet),
    Shape("adaptiveConcurrencyLimiter_untyped_nested", errors: .propagate, adaptiveConcurrencyLimiter_untyped_nested),
    Shape("adaptiveConcurrencyLimiter_untyped_genericCallerTaskPolicy", errors: .propagate, adaptiveConcurrencyLimiter_untyped_genericCallerTaskPolicy),
    Shape("adaptiveConcurrencyLimiter_untyped_genericPolicy", errors: .propagate, adaptiveConcurrencyLimiter_untyped_genericPolicy),
    Shape("adaptiveConcurrencyLimiter_typed_loop", errors: .propagate, adaptiveConcurrencyLimiter_typed_loop),
    Shape("adaptiveConcurrencyLimiter_typed_rethrowingHelper", errors: .propagate, adaptiveConcurrencyLimiter_typed_rethrowingHelper),
    Shape("adaptiveConcurrencyLimiter_typed_genericRethrowingHelper", errors: .propagate, adaptiveConcurrencyLimiter_typed_genericRethrowingHelper),
    Shape("adaptiveConcurrencyLimiter_typed_actor", errors: .propagate, adaptiveConcurrencyLimiter_typed_actor),
    Shape("adaptiveConcurrencyLimiter_typed_taskGroup", errors: .propagate, adaptiveConcurrencyLimiter_typed_taskGroup),
    Shape("adaptiveConcurrencyLimiter_typed_asyncLet", errors: .propagate, adaptiveConcurrencyLimiter_typed_asyncLet),
    Shape("adaptiveConcurrencyLimiter_typed_nested", errors: .propagate, adaptiveConcurrencyLimiter_typed_nested),
    Shape("adaptiveConcurrencyLimiter_typed_genericCallerTaskPolicy", errors: .propagate, adaptiveConcurrencyLimiter_typed_genericCallerTaskPolicy),
    Shape("adaptiveConcurrencyLimiter_typed_genericPolicy", errors: .propagate, adaptiveConcurrencyLimiter_typed_genericPolicy),
    Shape("adaptiveConcurrencyLimiter_nonThrowing_loop", errors: .none, adaptiveConcurrencyLimiter_nonThrowing_loop),
    Shape("adaptiveConcurrencyLimiter_nonThrowing_rethrowingHelper", errors: .none, adaptiveConcurrencyLimiter_nonThrowing_rethrowingHelper),
    Shape("adaptiveConcurrencyLimiter_nonThrowing_genericRethrowingHelper", errors: .none, adaptiveConcurrencyLimiter_nonThrowing_genericRethrowingHelper),
    Shape("adaptiveConcurrencyLimiter_nonThrowing_actor", errors: .none, adaptiveConcurrencyLimiter_nonThrowing_actor),
    Shape("adaptiveConcurrencyLimiter_nonThrowing_taskGroup", errors: .none, adaptiveConcurrencyLimiter_nonThrowing_taskGroup),
    Shape("adaptiveConcurrencyLimiter_nonThrowing_asyncLet", errors: .none, adaptiveConcurrencyLimiter_nonThrowing_asyncLet),
    Shape("adaptiveConcurrencyLimiter_nonThrowing_nested", errors: .none, adaptiveConcurrencyLimiter_nonThrowing_nested),
    Shape("adaptiveConcurrencyLimiter_nonThrowing_genericCallerTaskPolicy", errors: .none, adaptiveConcurrencyLimiter_nonThrowing_genericCallerTaskPolicy),
    Shape("adaptiveConcurrencyLimiter_nonThrowing_genericPolicy", errors: .none, adaptiveConcurrencyLimiter_nonThrowing_genericPolicy),
    Shape("retry_untyped_loop", errors: .propagate, retry_untyped_loop),
    Shape("retry_untyped_rethrowingHelper", errors: .propagate, retry_untyped_rethrowingHelper),
    Shape("retry_untyped_genericRethrowingHelper", errors: .propagate, retry_untyped_genericRethrowingHelper),
    Shape("retry_untyped_actor", errors: .propagate, retry_untyped_actor),
    Shape("retry_untyped_taskGroup", errors: .propagate, retry_untyped_taskGroup),
    Shape("retry_untyped_asyncLet", errors: .propagate, retry_untyped_asyncLet),
    Shape("retry_untyped_nested", errors: .propagate, retry_untyped_nested),
    Shape("retry_untyped_genericCallerTaskPolicy", errors: .propagate, retry_untyped_genericCallerTaskPolicy),
    Shape("retry_untyped_genericPolicy", errors: .propagate, retry_untyped_genericPolicy),
    Shape("retry_typed_loop", errors: .propagate, retry_typed_loop),
    Shape("retry_typed_rethrowingHelper", errors: .propagate, retry_typed_rethrowingHelper),
    Shape("retry_typed_genericRethrowingHelper", errors: .propagate, retry_typed_genericRethrowingHelper),
    Shape("retry_typed_actor", errors: .propagate, retry_typed_actor),
    Shape("retry_typed_taskGroup", errors: .propagate, retry_typed_taskGroup),
    Shape("retry_typed_asyncLet", errors: .propagate, retry_typed_asyncLet),
    Shape("retry_typed_nested", errors: .propagate, retry_typed_nested),
    Shape("retry_typed_genericCallerTaskPolicy", errors: .propagate, retry_typed_genericCallerTaskPolicy),
    Shape("retry_typed_genericPolicy", errors: .propagate, retry_typed_genericPolicy),
    Shape("retry_nonThrowing_loop", errors: .none, retry_nonThrowing_loop),
    Shape("retry_nonThrowing_rethrowingHelper", errors: .none, retry_nonThrowing_rethrowingHelper),
    Shape("retry_nonThrowing_genericRethrowingHelper", errors: .none, retry_nonThrowing_genericRethrowingHelper),
    Shape("retry_nonThrowing_actor", errors: .none, retry_nonThrowing_actor),
    Shape("retry_nonThrowing_taskGroup", errors: .none, retry_nonThrowing_taskGroup),
    Shape("retry_nonThrowing_asyncLet", errors: .none, retry_nonThrowing_asyncLet),
    Shape("retry_nonThrowing_nested", errors: .none, retry_nonThrowing_nested),
    Shape("retry_nonThrowing_genericCallerTaskPolicy", errors: .none, retry_nonThrowing_genericCallerTaskPolicy),
    Shape("retry_nonThrowing_genericPolicy", errors: .none, retry_nonThrowing_genericPolicy),
    Shape("retryRetryingWhen_untyped_loop", errors: .propagate, retryRetryingWhen_untyped_loop),
    Shape("retryRetryingWhen_untyped_rethrowingHelper", errors: .propagate, retryRetryingWhen_untyped_rethrowingHelper),
    Shape("retryRetryingWhen_untyped_genericRethrowingHelper", errors: .propagate, retryRetryingWhen_untyped_genericRethrowingHelper),
    Shape("retryRetryingWhen_untyped_actor", errors: .propagate, retryRetryingWhen_untyped_actor),
    Shape("retryRetryingWhen_untyped_taskGroup", errors: .propagate, retryRetryingWhen_untyped_taskGroup),
    Shape("retryRetryingWhen_untyped_asyncLet", errors: .propagate, retryRetryingWhen_untyped_asyncLet),
    Shape("retryRetryingWhen_untyped_nested", errors: .propagate, retryRetryingWhen_untyped_nested),
    Shape("retryRetryingWhen_typed_loop", errors: .propagate, retryRetryingWhen_typed_loop),
    Shape("retryRetryingWhen_typed_rethrowingHelper", errors: .propagate, retryRetryingWhen_typed_rethrowingHelper),
    Shape("retryRetryingWhen_typed_genericRethrowingHelper", errors: .propagate, retryRetryingWhen_typed_genericRethrowingHelper),
    Shape("retryRetryingWhen_typed_actor", errors: .propagate, retryRetryingWhen_typed_actor),
    Shape("retryRetryingWhen_typed_taskGroup", errors: .propagate, retryRetryingWhen_typed_taskGroup),
    Shape("retryRetryingWhen_typed_asyncLet", errors: .propagate, retryRetryingWhen_typed_asyncLet),
    Shape("retryRetryingWhen_typed_nested", errors: .propagate, retryRetryingWhen_typed_nested),
    Shape("retryRetryingWhen_nonThrowing_loop", errors: .none, retryRetryingWhen_nonThrowing_loop),
    Shape("retryRetryingWhen_nonThrowing_rethrowingHelper", errors: .none, retryRetryingWhen_nonThrowing_rethrowingHelper),
    Shape("retryRetryingWhen_nonThrowing_genericRethrowingHelper", errors: .none, retryRetryingWhen_nonThrowing_genericRethrowingHelper),
    Shape("retryRetryingWhen_nonThrowing_actor", errors: .none, retryRetryingWhen_nonThrowing_actor),
    Shape("retryRetryingWhen_nonThrowing_taskGroup", errors: .none, retryRetryingWhen_nonThrowing_taskGroup),
    Shape("retryRetryingWhen_nonThrowing_asyncLet", errors: .none, retryRetryingWhen_nonThrowing_asyncLet),
    Shape("retryRetryingWhen_nonThrowing_nested", errors: .none, retryRetryingWhen_nonThrowing_nested),
    Shape("fallback_untyped_loop", errors: .absorb, fallback_untyped_loop),
    Shape("fallback_untyped_rethrowingHelper", errors: .absorb, fallback_untyped_rethrowingHelper),
    Shape("fallback_untyped_genericRethrowingHelper", errors: .absorb, fallback_untyped_genericRethrowingHelper),
    Shape("fallback_untyped_actor", errors: .absorb, fallback_untyped_actor),
    Shape("fallback_untyped_taskGroup", errors: .absorb, fallback_untyped_taskGroup),
    Shape("fallback_untyped_asyncLet", errors: .absorb, fallback_untyped_asyncLet),
    Shape("fallback_untyped_nested", errors: .absorb, fallback_untyped_nested),
    Shape("fallback_untyped_genericPolicy", errors: .absorb, fallback_untyped_genericPolicy),
    Shape("fallback_typed_loop", errors: .absorb, fallback_typed_loop),
    Shape("fallback_typed_rethrowingHelper", errors: .absorb, fallback_typed_rethrowingHelper),
    Shape("fallback_typed_genericRethrowingHelper", errors: .absorb, fallback_typed_genericRethrowingHelper),
    Shape("fallback_typed_actor", errors: .absorb, fallback_typed_actor),
    Shape("fallback_typed_taskGroup", errors: .absorb, fallback_typed_taskGroup),
    Shape("fallback_typed_asyncLet", errors: .absorb, fallback_typed_asyncLet),
    Shape("fallback_typed_nested", errors: .absorb, fallback_typed_nested),
    Shape("fallback_typed_genericPolicy", errors: .absorb, fallback_typed_genericPolicy),
    Shape("fallback_nonThrowing_loop", errors: .none, fallback_nonThrowing_loop),
    Shape("fallback_nonThrowing_rethrowingHelper", errors: .none, fallback_nonThrowing_rethrowingHelper),
    Shape("fallback_nonThrowing_genericRethrowingHelper", errors: .none, fallback_nonThrowing_genericRethrowingHelper),
    Shape("fallback_nonThrowing_actor", errors: .none, fallback_nonThrowing_actor),
    Shape("fallback_nonThrowing_taskGroup", errors: .none, fallback_nonThrowing_taskGroup),
    Shape("fallback_nonThrowing_asyncLet", errors: .none, fallback_nonThrowing_asyncLet),
    Shape("fallback_nonThrowing_nested", errors: .none, fallback_nonThrowing_nested),
    Shape("fallback_nonThrowing_genericPolicy", errors: .none, fallback_nonThrowing_genericPolicy),
    Shape("hedging_untyped_loop", errors: .propagate, hedging_untyped_loop),
    Shape("hedging_untyped_rethrowingHelper", errors: .propagate, hedging_untyped_rethrowingHelper),
    Shape("hedging_untyped_genericRethrowingHelper", errors: .propagate, hedging_untyped_genericRethrowingHelper),
    Shape("hedging_untyped_actor", errors: .propagate, hedging_untyped_actor),
    Shape("hedging_untyped_taskGroup", errors: .propagate, hedging_untyped_taskGroup),
    Shape("hedging_untyped_asyncLet", errors: .propagate, hedging_untyped_asyncLet),
    Shape("hedging_untyped_nested", errors: .propagate, hedging_untyped_nested),
    Shape("hedging_untyped_genericPolicy", errors: .propagate, hedging_untyped_genericPolicy),
    Shape("hedging_typed_loop", errors: .propagate, hedging_typed_loop),
    Shape("hedging_typed_rethrowingHelper", errors: .propagate, hedging_typed_rethrowingHelper),
    Shape("hedging_typed_genericRethrowingHelper", errors: .propagate, hedging_typed_genericRethrowingHelper),
    Shape("hedging_typed_actor", errors: .propagate, hedging_typed_actor),
    Shape("hedging_typed_taskGroup", errors: .propagate, hedging_typed_taskGroup),
    Shape("hedging_typed_asyncLet", errors: .propagate, hedging_typed_asyncLet),
    Shape("hedging_typed_nested", errors: .propagate, hedging_typed_nested),
    Shape("hedging_typed_genericPolicy", errors: .propagate, hedging_typed_genericPolicy),
    Shape("hedging_nonThrowing_loop", errors: .none, hedging_nonThrowing_loop),
    Shape("hedging_nonThrowing_rethrowingHelper", errors: .none, hedging_nonThrowing_rethrowingHelper),
    Shape("hedging_nonThrowing_genericRethrowingHelper", errors: .none, hedging_nonThrowing_genericRethrowingHelper),
    Shape("hedging_nonThrowing_actor", errors: .none, hedging_nonThrowing_actor),
    Shape("hedging_nonThrowing_taskGroup", errors: .none, hedging_nonThrowing_taskGroup),
    Shape("hedging_nonThrowing_asyncLet", errors: .none, hedging_nonThrowing_asyncLet),
    Shape("hedging_nonThrowing_nested", errors: .none, hedging_nonThrowing_nested),
    Shape("hedging_nonThrowing_genericPolicy", errors: .none, hedging_nonThrowing_genericPolicy),
    Shape("timeout_untyped_loop", errors: .propagate, timeout_untyped_loop),
    Shape("timeout_untyped_rethrowingHelper", errors: .propagate, timeout_untyped_rethrowingHelper),
    Shape("timeout_untyped_genericRethrowingHelper", errors: .propagate, timeout_untyped_genericRethrowingHelper),
    Shape("timeout_untyped_actor", errors: .propagate, timeout_untyped_actor),
    Shape("timeout_untyped_taskGroup", errors: .propagate, timeout_untyped_taskGroup),
    Shape("timeout_untyped_asyncLet", errors: .propagate, timeout_untyped_asyncLet),
    Shape("timeout_untyped_nested", errors: .propagate, timeout_untyped_nested),
    Shape("timeout_untyped_genericPolicy", errors: .propagate, timeout_untyped_genericPolicy),
    Shape("timeout_typed_loop", errors: .propagate, timeout_typed_loop),
    Shape("timeout_typed_rethrowingHelper", errors: .propagate, timeout_typed_rethrowingHelper),
    Shape("timeout_typed_genericRethrowingHelper", errors: .propagate, timeout_typed_genericRethrowingHelper),
    Shape("timeout_typed_actor", errors: .propagate, timeout_typed_actor),
    Shape("timeout_typed_taskGroup", errors: .propagate, timeout_typed_taskGroup),
    Shape("timeout_typed_asyncLet", errors: .propagate, timeout_typed_asyncLet),
    Shape("timeout_typed_nested", errors: .propagate, timeout_typed_nested),
    Shape("timeout_typed_genericPolicy", errors: .propagate, timeout_typed_genericPolicy),
    Shape("timeout_nonThrowing_loop", errors: .none, timeout_nonThrowing_loop),
    Shape("timeout_nonThrowing_rethrowingHelper", errors: .none, timeout_nonThrowing_rethrowingHelper),
    Shape("timeout_nonThrowing_genericRethrowingHelper", errors: .none, timeout_nonThrowing_genericRethrowingHelper),
    Shape("timeout_nonThrowing_actor", errors: .none, timeout_nonThrowing_actor),
    Shape("timeout_nonThrowing_taskGroup", errors: .none, timeout_nonThrowing_taskGroup),
    Shape("timeout_nonThrowing_asyncLet", errors: .none, timeout_nonThrowing_asyncLet),
    Shape("timeout_nonThrowing_nested", errors: .none, timeout_nonThrowing_nested),
    Shape("timeout_nonThrowing_genericPolicy", errors: .none, timeout_nonThrowing_genericPolicy),
    Shape("cooperativeTimeout_untyped_loop", errors: .propagate, cooperativeTimeout_untyped_loop),
    Shape("cooperativeTimeout_untyped_rethrowingHelper", errors: .propagate, cooperativeTimeout_untyped_rethrowingHelper),
    Shape("cooperativeTimeout_untyped_genericRethrowingHelper", errors: .propagate, cooperativeTimeout_untyped_genericRethrowingHelper),
    Shape("cooperativeTimeout_untyped_actor", errors: .propagate, cooperativeTimeout_untyped_actor),
    Shape("cooperativeTimeout_untyped_taskGroup", errors: .propagate, cooperativeTimeout_untyped_taskGroup),
    Shape("cooperativeTimeout_untyped_asyncLet", errors: .propagate, cooperativeTimeout_untyped_asyncLet),
    Shape("cooperativeTimeout_untyped_nested", errors: .propagate, cooperativeTimeout_untyped_nested),
    Shape("cooperativeTimeout_untyped_genericPolicy", errors: .propagate, cooperativeTimeout_untyped_genericPolicy),
    Shape("cooperativeTimeout_typed_loop", errors: .propagate, cooperativeTimeout_typed_loop),
    Shape("cooperativeTimeout_typed_rethrowingHelper", errors: .propagate, cooperativeTimeout_typed_rethrowingHelper),
    Shape("cooperativeTimeout_typed_genericRethrowingHelper", errors: .propagate, cooperativeTimeout_typed_genericRethrowingHelper),
    Shape("cooperativeTimeout_typed_actor", errors: .propagate, cooperativeTimeout_typed_actor),
    Shape("cooperativeTimeout_typed_taskGroup", errors: .propagate, cooperativeTimeout_typed_taskGroup),
    Shape("cooperativeTimeout_typed_asyncLet", errors: .propagate, cooperativeTimeout_typed_asyncLet),
    Shape("cooperativeTimeout_typed_nested", errors: .propagate, cooperativeTimeout_typed_nested),
    Shape("cooperativeTimeout_typed_genericPolicy", errors: .propagate, cooperativeTimeout_typed_genericPolicy),
    Shape("cooperativeTimeout_nonThrowing_loop", errors: .none, cooperativeTimeout_nonThrowing_loop),
    Shape("cooperativeTimeout_nonThrowing_rethrowingHelper", errors: .none, cooperativeTimeout_nonThrowing_rethrowingHelper),
    Shape("cooperativeTimeout_nonThrowing_genericRethrowingHelper", errors: .none, cooperativeTimeout_nonThrowing_genericRethrowingHelper),
    Shape("cooperativeTimeout_nonThrowing_actor", errors: .none, cooperativeTimeout_nonThrowing_actor),
    Shape("cooperativeTimeout_nonThrowing_taskGroup", errors: .none, cooperativeTimeout_nonThrowing_taskGroup),
    Shape("cooperativeTimeout_nonThrowing_asyncLet", errors: .none, cooperativeTimeout_nonThrowing_asyncLet),
    Shape("cooperativeTimeout_nonThrowing_nested", errors: .none, cooperativeTimeout_nonThrowing_nested),
    Shape("cooperativeTimeout_nonThrowing_genericPolicy", errors: .none, cooperativeTimeout_nonThrowing_genericPolicy),
    Shape("withTimeoutCooperative_untyped_loop", errors: .propagate, withTimeoutCooperative_untyped_loop),
    Shape("withTimeoutCooperative_untyped_rethrowingHelper", errors: .propagate, withTimeoutCooperative_untyped_rethrowingHelper),
    Shape("withTimeoutCooperative_untyped_genericRethrowingHelper", errors: .propagate, withTimeoutCooperative_untyped_genericRethrowingHelper),
    Shape("withTimeoutCooperative_untyped_actor", errors: .propagate, withTimeoutCooperative_untyped_actor),
    Shape("withTimeoutCooperative_untyped_taskGroup", errors: .propagate, withTimeoutCooperative_untyped_taskGroup),
    Shape("withTimeoutCooperative_untyped_asyncLet", errors: .propagate, withTimeoutCooperative_untyped_asyncLet),
    Shape("withTimeoutCooperative_untyped_nested", errors: .propagate, withTimeoutCooperative_untyped_nested),
    Shape("withTimeoutCooperative_typed_loop", errors: .propagate, withTimeoutCooperative_typed_loop),
    Shape("withTimeoutCooperative_typed_rethrowingHelper", errors: .propagate, withTimeoutCooperative_typed_rethrowingHelper),
    Shape("withTimeoutCooperative_typed_genericRethrowingHelper", errors: .propagate, withTimeoutCooperative_typed_genericRethrowingHelper),
    Shape("withTimeoutCooperative_typed_actor", errors: .propagate, withTimeoutCooperative_typed_actor),
    Shape("withTimeoutCooperative_typed_taskGroup", errors: .propagate, withTimeoutCooperative_typed_taskGroup),
    Shape("withTimeoutCooperative_typed_asyncLet", errors: .propagate, withTimeoutCooperative_typed_asyncLet),
    Shape("withTimeoutCooperative_typed_nested", errors: .propagate, withTimeoutCooperative_typed_nested),
    Shape("withTimeoutCooperative_nonThrowing_loop", errors: .none, withTimeoutCooperative_nonThrowing_loop),
    Shape("withTimeoutCooperative_nonThrowing_rethrowingHelper", errors: .none, withTimeoutCooperative_nonThrowing_rethrowingHelper),
    Shape("withTimeoutCooperative_nonThrowing_genericRethrowingHelper", errors: .none, withTimeoutCooperative_nonThrowing_genericRethrowingHelper),
    Shape("withTimeoutCooperative_nonThrowing_actor", errors: .none, withTimeoutCooperative_nonThrowing_actor),
    Shape("withTimeoutCooperative_nonThrowing_taskGroup", errors: .none, withTimeoutCooperative_nonThrowing_taskGroup),
    Shape("withTimeoutCooperative_nonThrowing_asyncLet", errors: .none, withTimeoutCooperative_nonThrowing_asyncLet),
    Shape("withTimeoutCooperative_nonThrowing_nested", errors: .none, withTimeoutCooperative_nonThrowing_nested),
    Shape("withDeadlineCooperative_untyped_loop", errors: .propagate, withDeadlineCooperative_untyped_loop),
    Shape("withDeadlineCooperative_untyped_rethrowingHelper", errors: .propagate, withDeadlineCooperative_untyped_rethrowingHelper),
    Shape("withDeadlineCooperative_untyped_genericRethrowingHelper", errors: .propagate, withDeadlineCooperative_untyped_genericRethrowingHelper),
    Shape("withDeadlineCooperative_untyped_actor", errors: .propagate, withDeadlineCooperative_untyped_actor),
    Shape("withDeadlineCooperative_untyped_taskGroup", errors: .propagate, withDeadlineCooperative_untyped_taskGroup),
    Shape("withDeadlineCooperative_untyped_asyncLet", errors: .propagate, withDeadlineCooperative_untyped_asyncLet),
    Shape("withDeadlineCooperative_untyped_nested", errors: .propagate, withDeadlineCooperative_untyped_nested),
    Shape("withDeadlineCooperative_typed_loop", errors: .propagate, withDeadlineCooperative_typed_loop),
    Shape("withDeadlineCooperative_typed_rethrowingHelper", errors: .propagate, withDeadlineCooperative_typed_rethrowingHelper),
    Shape("withDeadlineCooperative_typed_genericRethrowingHelper", errors: .propagate, withDeadlineCooperative_typed_genericRethrowingHelper),
    Shape("withDeadlineCooperative_typed_actor", errors: .propagate, withDeadlineCooperative_typed_actor),
    Shape("withDeadlineCooperative_typed_taskGroup", errors: .propagate, withDeadlineCooperative_typed_taskGroup),
    Shape("withDeadlineCooperative_typed_asyncLet", errors: .propagate, withDeadlineCooperative_typed_asyncLet),
    Shape("withDeadlineCooperative_typed_nested", errors: .propagate, withDeadlineCooperative_typed_nested),
    Shape("withDeadlineCooperative_nonThrowing_loop", errors: .none, withDeadlineCooperative_nonThrowing_loop),
    Shape("withDeadlineCooperative_nonThrowing_rethrowingHelper", errors: .none, withDeadlineCooperative_nonThrowing_rethrowingHelper),
    Shape("withDeadlineCooperative_nonThrowing_genericRethrowingHelper", errors: .none, withDeadlineCooperative_nonThrowing_genericRethrowingHelper),
    Shape("withDeadlineCooperative_nonThrowing_actor", errors: .none, withDeadlineCooperative_nonThrowing_actor),
    Shape("withDeadlineCooperative_nonThrowing_taskGroup", errors: .none, withDeadlineCooperative_nonThrowing_taskGroup),
    Shape("withDeadlineCooperative_nonThrowing_asyncLet", errors: .none, withDeadlineCooperative_nonThrowing_asyncLet),
    Shape("withDeadlineCooperative_nonThrowing_nested", errors: .none, withDeadlineCooperative_nonThrowing_nested),
    Shape("withTimeout_untyped_loop", errors: .propagate, withTimeout_untyped_loop),
    Shape("withTimeout_untyped_rethrowingHelper", errors: .propagate, withTimeout_untyped_rethrowingHelper),
    Shape("withTimeout_untyped_genericRethrowingHelper", errors: .propagate, withTimeout_untyped_genericRethrowingHelper),
    Shape("withTimeout_untyped_actor", errors: .propagate, withTimeout_untyped_actor),
    Shape("withTimeout_untyped_taskGroup", errors: .propagate, withTimeout_untyped_taskGroup),
    Shape("withTimeout_untyped_asyncLet", errors: .propagate, withTimeout_untyped_asyncLet),
    Shape("withTimeout_untyped_nested", errors: .propagate, withTimeout_untyped_nested),
    Shape("withTimeout_typed_loop", errors: .propagate, withTimeout_typed_loop),
    Shape("withTimeout_typed_rethrowingHelper", errors: .propagate, withTimeout_typed_rethrowingHelper),
    Shape("withTimeout_typed_genericRethrowingHelper", errors: .propagate, withTimeout_typed_genericRethrowingHelper),
    Shape("withTimeout_typed_actor", errors: .propagate, withTimeout_typed_actor),
    Shape("withTimeout_typed_taskGroup", errors: .propagate, withTimeout_typed_taskGroup),
    Shape("withTimeout_typed_asyncLet", errors: .propagate, withTimeout_typed_asyncLet),
    Shape("withTimeout_typed_nested", errors: .propagate, withTimeout_typed_nested),
    Shape("withTimeout_nonThrowing_loop", errors: .none, withTimeout_nonThrowing_loop),
    Shape("withTimeout_nonThrowing_rethrowingHelper", errors: .none, withTimeout_nonThrowing_rethrowingHelper),
    Shape("withTimeout_nonThrowing_genericRethrowingHelper", errors: .none, withTimeout_nonThrowing_genericRethrowingHelper),
    Shape("withTimeout_nonThrowing_actor", errors: .none, withTimeout_nonThrowing_actor),
    Shape("withTimeout_nonThrowing_taskGroup", errors: .none, withTimeout_nonThrowing_taskGroup),
    Shape("withTimeout_nonThrowing_asyncLet", errors: .none, withTimeout_nonThrowing_asyncLet),
    Shape("withTimeout_nonThrowing_nested", errors: .none, withTimeout_nonThrowing_nested),
    Shape("withTimeoutClock_untyped_loop", errors: .propagate, withTimeoutClock_untyped_loop),
    Shape("withTimeoutClock_untyped_rethrowingHelper", errors: .propagate, withTimeoutClock_untyped_rethrowingHelper),
    Shape("withTimeoutClock_untyped_genericRethrowingHelper", errors: .propagate, withTimeoutClock_untyped_genericRethrowingHelper),
    Shape("withTimeoutClock_untyped_actor", errors: .propagate, withTimeoutClock_untyped_actor),
    Shape("withTimeoutClock_untyped_taskGroup", errors: .propagate, withTimeoutClock_untyped_taskGroup),
    Shape("withTimeoutClock_untyped_asyncLet", errors: .propagate, withTimeoutClock_untyped_asyncLet),
    Shape("withTimeoutClock_untyped_nested", errors: .propagate, withTimeoutClock_untyped_nested),
    Shape("withTimeoutClock_typed_loop", errors: .propagate, withTimeoutClock_typed_loop),
    Shape("withTimeoutClock_typed_rethrowingHelper", errors: .propagate, withTimeoutClock_typed_rethrowingHelper),
    Shape("withTimeoutClock_typed_genericRethrowingHelper", errors: .propagate, withTimeoutClock_typed_genericRethrowingHelper),
    Shape("withTimeoutClock_typed_actor", errors: .propagate, withTimeoutClock_typed_actor),
    Shape("withTimeoutClock_typed_taskGroup", errors: .propagate, withTimeoutClock_typed_taskGroup),
    Shape("withTimeoutClock_typed_asyncLet", errors: .propagate, withTimeoutClock_typed_asyncLet),
    Shape("withTimeoutClock_typed_nested", errors: .propagate, withTimeoutClock_typed_nested),
    Shape("withTimeoutClock_nonThrowing_loop", errors: .none, withTimeoutClock_nonThrowing_loop),
    Shape("withTimeoutClock_nonThrowing_rethrowingHelper", errors: .none, withTimeoutClock_nonThrowing_rethrowingHelper),
    Shape("withTimeoutClock_nonThrowing_genericRethrowingHelper", errors: .none, withTimeoutClock_nonThrowing_genericRethrowingHelper),
    Shape("withTimeoutClock_nonThrowing_actor", errors: .none, withTimeoutClock_nonThrowing_actor),
    Shape("withTimeoutClock_nonThrowing_taskGroup", errors: .none, withTimeoutClock_nonThrowing_taskGroup),
    Shape("withTimeoutClock_nonThrowing_asyncLet", errors: .none, withTimeoutClock_nonThrowing_asyncLet),
    Shape("withTimeoutClock_nonThrowing_nested", errors: .none, withTimeoutClock_nonThrowing_nested),
    Shape("withDeadline_untyped_loop", errors: .propagate, withDeadline_untyped_loop),
    Shape("withDeadline_untyped_rethrowingHelper", errors: .propagate, withDeadline_untyped_rethrowingHelper),
    Shape("withDeadline_untyped_genericRethrowingHelper", errors: .propagate, withDeadline_untyped_genericRethrowingHelper),
    Shape("withDeadline_untyped_actor", errors: .propagate, withDeadline_untyped_actor),
    Shape("withDeadline_untyped_taskGroup", errors: .propagate, withDeadline_untyped_taskGroup),
    Shape("withDeadline_untyped_asyncLet", errors: .propagate, withDeadline_untyped_asyncLet),
    Shape("withDeadline_untyped_nested", errors: .propagate, withDeadline_untyped_nested),
    Shape("withDeadline_typed_loop", errors: .propagate, withDeadline_typed_loop),
    Shape("withDeadline_typed_rethrowingHelper", errors: .propagate, withDeadline_typed_rethrowingHelper),
    Shape("withDeadline_typed_genericRethrowingHelper", errors: .propagate, withDeadline_typed_genericRethrowingHelper),
    Shape("withDeadline_typed_actor", errors: .propagate, withDeadline_typed_actor),
    Shape("withDeadline_typed_taskGroup", errors: .propagate, withDeadline_typed_taskGroup),
    Shape("withDeadline_typed_asyncLet", errors: .propagate, withDeadline_typed_asyncLet),
    Shape("withDeadline_typed_nested", errors: .propagate, withDeadline_typed_nested),
    Shape("withDeadline_nonThrowing_loop", errors: .none, withDeadline_nonThrowing_loop),
    Shape("withDeadline_nonThrowing_rethrowingHelper", errors: .none, withDeadline_nonThrowing_rethrowingHelper),
    Shape("withDeadline_nonThrowing_genericRethrowingHelper", errors: .none, withDeadline_nonThrowing_genericRethrowingHelper),
    Shape("withDeadline_nonThrowing_actor", errors: .none, withDeadline_nonThrowing_actor),
    Shape("withDeadline_nonThrowing_taskGroup", errors: .none, withDeadline_nonThrowing_taskGroup),
    Shape("withDeadline_nonThrowing_asyncLet", errors: .none, withDeadline_nonThrowing_asyncLet),
    Shape("withDeadline_nonThrowing_nested", errors: .none, withDeadline_nonThrowing_nested),
    Shape("blockingBulkhead_untyped_loop", errors: .propagate, blockingBulkhead_untyped_loop),
    Shape("blockingBulkhead_untyped_rethrowingHelper", errors: .propagate, blockingBulkhead_untyped_rethrowingHelper),
    Shape("blockingBulkhead_untyped_genericRethrowingHelper", errors: .propagate, blockingBulkhead_untyped_genericRethrowingHelper),
    Shape("blockingBulkhead_untyped_actor", errors: .propagate, blockingBulkhead_untyped_actor),
    Shape("blockingBulkhead_untyped_taskGroup", errors: .propagate, blockingBulkhead_untyped_taskGroup),
    Shape("blockingBulkhead_untyped_asyncLet", errors: .propagate, blockingBulkhead_untyped_asyncLet),
    Shape("blockingBulkhead_untyped_nested", errors: .propagate, blockingBulkhead_untyped_nested),
    Shape("blockingBulkhead_typed_loop", errors: .propagate, blockingBulkhead_typed_loop),
    Shape("blockingBulkhead_typed_rethrowingHelper", errors: .propagate, blockingBulkhead_typed_rethrowingHelper),
    Shape("blockingBulkhead_typed_genericRethrowingHelper", errors: .propagate, blockingBulkhead_typed_genericRethrowingHelper),
    Shape("blockingBulkhead_typed_actor", errors: .propagate, blockingBulkhead_typed_actor),
    Shape("blockingBulkhead_typed_taskGroup", errors: .propagate, blockingBulkhead_typed_taskGroup),
    Shape("blockingBulkhead_typed_asyncLet", errors: .propagate, blockingBulkhead_typed_asyncLet),
    Shape("blockingBulkhead_typed_nested", errors: .propagate, blockingBulkhead_typed_nested),
    Shape("blockingBulkhead_nonThrowing_loop", errors: .none, blockingBulkhead_nonThrowing_loop),
    Shape("blockingBulkhead_nonThrowing_rethrowingHelper", errors: .none, blockingBulkhead_nonThrowing_rethrowingHelper),
    Shape("blockingBulkhead_nonThrowing_genericRethrowingHelper", errors: .none, blockingBulkhead_nonThrowing_genericRethrowingHelper),
    Shape("blockingBulkhead_nonThrowing_actor", errors: .none, blockingBulkhead_nonThrowing_actor),
    Shape("blockingBulkhead_nonThrowing_taskGroup", errors: .none, blockingBulkhead_nonThrowing_taskGroup),
    Shape("blockingBulkhead_nonThrowing_asyncLet", errors: .none, blockingBulkhead_nonThrowing_asyncLet),
    Shape("blockingBulkhead_nonThrowing_nested", errors: .none, blockingBulkhead_nonThrowing_nested),
    Shape("blockingBulkheadTimeout_untyped_loop", errors: .propagate, blockingBulkheadTimeout_untyped_loop),
    Shape("blockingBulkheadTimeout_untyped_rethrowingHelper", errors: .propagate, blockingBulkheadTimeout_untyped_rethrowingHelper),
    Shape("blockingBulkheadTimeout_untyped_genericRethrowingHelper", errors: .propagate, blockingBulkheadTimeout_untyped_genericRethrowingHelper),
    Shape("blockingBulkheadTimeout_untyped_actor", errors: .propagate, blockingBulkheadTimeout_untyped_actor),
    Shape("blockingBulkheadTimeout_untyped_taskGroup", errors: .propagate, blockingBulkheadTimeout_untyped_taskGroup),
    Shape("blockingBulkheadTimeout_untyped_asyncLet", errors: .propagate, blockingBulkheadTimeout_untyped_asyncLet),
    Shape("blockingBulkheadTimeout_untyped_nested", errors: .propagate, blockingBulkheadTimeout_untyped_nested),
    Shape("blockingBulkheadTimeout_typed_loop", errors: .propagate, blockingBulkheadTimeout_typed_loop),
    Shape("blockingBulkheadTimeout_typed_rethrowingHelper", errors: .propagate, blockingBulkheadTimeout_typed_rethrowingHelper),
    Shape("blockingBulkheadTimeout_typed_genericRethrowingHelper", errors: .propagate, blockingBulkheadTimeout_typed_genericRethrowingHelper),
    Shape("blockingBulkheadTimeout_typed_actor", errors: .propagate, blockingBulkheadTimeout_typed_actor),
    Shape("blockingBulkheadTimeout_typed_taskGroup", errors: .propagate, blockingBulkheadTimeout_typed_taskGroup),
    Shape("blockingBulkheadTimeout_typed_asyncLet", errors: .propagate, blockingBulkheadTimeout_typed_asyncLet),
    Shape("blockingBulkheadTimeout_typed_nested", errors: .propagate, blockingBulkheadTimeout_typed_nested),
    Shape("blockingBulkheadTimeout_nonThrowing_loop", errors: .none, blockingBulkheadTimeout_nonThrowing_loop),
    Shape("blockingBulkheadTimeout_nonThrowing_rethrowingHelper", errors: .none, blockingBulkheadTimeout_nonThrowing_rethrowingHelper),
    Shape("blockingBulkheadTimeout_nonThrowing_genericRethrowingHelper", errors: .none, blockingBulkheadTimeout_nonThrowing_genericRethrowingHelper),
    Shape("blockingBulkheadTimeout_nonThrowing_actor", errors: .none, blockingBulkheadTimeout_nonThrowing_actor),
    Shape("blockingBulkheadTimeout_nonThrowing_taskGroup", errors: .none, blockingBulkheadTimeout_nonThrowing_taskGroup),
    Shape("blockingBulkheadTimeout_nonThrowing_asyncLet", errors: .none, blockingBulkheadTimeout_nonThrowing_asyncLet),
    Shape("blockingBulkheadTimeout_nonThrowing_nested", errors: .none, blockingBulkheadTimeout_nonThrowing_nested),
    Shape("chaosFault_untyped_loop", errors: .propagate, chaosFault_untyped_loop),
    Shape("chaosFault_untyped_rethrowingHelper", errors: .propagate, chaosFault_untyped_rethrowingHelper),
    Shape("chaosFault_untyped_genericRethrowingHelper", errors: .propagate, chaosFault_untyped_genericRethrowingHelper),
    Shape("chaosFault_untyped_actor", errors: .propagate, chaosFault_untyped_actor),
    Shape("chaosFault_untyped_taskGroup", errors: .propagate, chaosFault_untyped_taskGroup),
    Shape("chaosFault_untyped_asyncLet", errors: .propagate, chaosFault_untyped_asyncLet),
    Shape("chaosFault_untyped_nested", errors: .propagate, chaosFault_untyped_nested),
    Shape("chaosFault_untyped_genericCallerTaskPolicy", errors: .propagate, chaosFault_untyped_genericCallerTaskPolicy),
    Shape("chaosFault_untyped_genericPolicy", errors: .propagate, chaosFault_untyped_genericPolicy),
    Shape("chaosFault_typed_loop", errors: .propagate, chaosFault_typed_loop),
    Shape("chaosFault_typed_rethrowingHelper", errors: .propagate, chaosFault_typed_rethrowingHelper),
    Shape("chaosFault_typed_genericRethrowingHelper", errors: .propagate, chaosFault_typed_genericRethrowingHelper),
    Shape("chaosFault_typed_actor", errors: .propagate, chaosFault_typed_actor),
    Shape("chaosFault_typed_taskGroup", errors: .propagate, chaosFault_typed_taskGroup),
    Shape("chaosFault_typed_asyncLet", errors: .propagate, chaosFault_typed_asyncLet),
    Shape("chaosFault_typed_nested", errors: .propagate, chaosFault_typed_nested),
    Shape("chaosFault_typed_genericCallerTaskPolicy", errors: .propagate, chaosFault_typed_genericCallerTaskPolicy),
    Shape("chaosFault_typed_genericPolicy", errors: .propagate, chaosFault_typed_genericPolicy),
    Shape("chaosFault_nonThrowing_loop", errors: .none, chaosFault_nonThrowing_loop),
    Shape("chaosFault_nonThrowing_rethrowingHelper", errors: .none, chaosFault_nonThrowing_rethrowingHelper),
    Shape("chaosFault_nonThrowing_genericRethrowingHelper", errors: .none, chaosFault_nonThrowing_genericRethrowingHelper),
    Shape("chaosFault_nonThrowing_actor", errors: .none, chaosFault_nonThrowing_actor),
    Shape("chaosFault_nonThrowing_taskGroup", errors: .none, chaosFault_nonThrowing_taskGroup),
    Shape("chaosFault_nonThrowing_asyncLet", errors: .none, chaosFault_nonThrowing_asyncLet),
    Shape("chaosFault_nonThrowing_nested", errors: .none, chaosFault_nonThrowing_nested),
    Shape("chaosFault_nonThrowing_genericCallerTaskPolicy", errors: .none, chaosFault_nonThrowing_genericCallerTaskPolicy),
    Shape("chaosFault_nonThrowing_genericPolicy", errors: .none, chaosFault_nonThrowing_genericPolicy),
    Shape("chaosLatency_untyped_loop", errors: .propagate, chaosLatency_untyped_loop),
    Shape("chaosLatency_untyped_rethrowingHelper", errors: .propagate, chaosLatency_untyped_rethrowingHelper),
    Shape("chaosLatency_untyped_genericRethrowingHelper", errors: .propagate, chaosLatency_untyped_genericRethrowingHelper),
    Shape("chaosLatency_untyped_actor", errors: .propagate, chaosLatency_untyped_actor),
    Shape("chaosLatency_untyped_taskGroup", errors: .propagate, chaosLatency_untyped_taskGroup),
    Shape("chaosLatency_untyped_asyncLet", errors: .propagate, chaosLatency_untyped_asyncLet),
    Shape("chaosLatency_untyped_nested", errors: .propagate, chaosLatency_untyped_nested),
    Shape("chaosLatency_untyped_genericCallerTaskPolicy", errors: .propagate, chaosLatency_untyped_genericCallerTaskPolicy),
    Shape("chaosLatency_untyped_genericPolicy", errors: .propagate, chaosLatency_untyped_genericPolicy),
    Shape("chaosLatency_typed_loop", errors: .propagate, chaosLatency_typed_loop),
    Shape("chaosLatency_typed_rethrowingHelper", errors: .propagate, chaosLatency_typed_rethrowingHelper),
    Shape("chaosLatency_typed_genericRethrowingHelper", errors: .propagate, chaosLatency_typed_genericRethrowingHelper),
    Shape("chaosLatency_typed_actor", errors: .propagate, chaosLatency_typed_actor),
    Shape("chaosLatency_typed_taskGroup", errors: .propagate, chaosLatency_typed_taskGroup),
    Shape("chaosLatency_typed_asyncLet", errors: .propagate, chaosLatency_typed_asyncLet),
    Shape("chaosLatency_typed_nested", errors: .propagate, chaosLatency_typed_nested),
    Shape("chaosLatency_typed_genericCallerTaskPolicy", errors: .propagate, chaosLatency_typed_genericCallerTaskPolicy),
    Shape("chaosLatency_typed_genericPolicy", errors: .propagate, chaosLatency_typed_genericPolicy),
    Shape("chaosLatency_nonThrowing_loop", errors: .none, chaosLatency_nonThrowing_loop),
    Shape("chaosLatency_nonThrowing_rethrowingHelper", errors: .none, chaosLatency_nonThrowing_rethrowingHelper),
    Shape("chaosLatency_nonThrowing_genericRethrowingHelper", errors: .none, chaosLatency_nonThrowing_genericRethrowingHelper),
    Shape("chaosLatency_nonThrowing_actor", errors: .none, chaosLatency_nonThrowing_actor),
    Shape("chaosLatency_nonThrowing_taskGroup", errors: .none, chaosLatency_nonThrowing_taskGroup),
    Shape("chaosLatency_nonThrowing_asyncLet", errors: .none, chaosLatency_nonThrowing_asyncLet),
    Shape("chaosLatency_nonThrowing_nested", errors: .none, chaosLatency_nonThrowing_nested),
    Shape("chaosLatency_nonThrowing_genericCallerTaskPolicy", errors: .none, chaosLatency_nonThrowing_genericCallerTaskPolicy),
    Shape("chaosLatency_nonThrowing_genericPolicy", errors: .none, chaosLatency_nonThrowing_genericPolicy),
    Shape("chaosOutcome_untyped_loop", errors: .propagate, chaosOutcome_untyped_loop),
    Shape("chaosOutcome_untyped_rethrowingHelper", errors: .propagate, chaosOutcome_untyped_rethrowingHelper),
    Shape("chaosOutcome_untyped_genericRethrowingHelper", errors: .propagate, chaosOutcome_untyped_genericRethrowingHelper),
    Shape("chaosOutcome_untyped_actor", errors: .propagate, chaosOutcome_untyped_actor),
    Shape("chaosOutcome_untyped_taskGroup", errors: .propagate, chaosOutcome_untyped_taskGroup),
    Shape("chaosOutcome_untyped_asyncLet", errors: .propagate, chaosOutcome_untyped_asyncLet),
    Shape("chaosOutcome_untyped_nested", errors: .propagate, chaosOutcome_untyped_nested),
    Shape("chaosOutcome_untyped_genericCallerTaskPolicy", errors: .propagate, chaosOutcome_untyped_genericCallerTaskPolicy),
    Shape("chaosOutcome_untyped_genericPolicy", errors: .propagate, chaosOutcome_untyped_genericPolicy),
    Shape("chaosOutcome_typed_loop", errors: .propagate, chaosOutcome_typed_loop),
    Shape("chaosOutcome_typed_rethrowingHelper", errors: .propagate, chaosOutcome_typed_rethrowingHelper),
    Shape("chaosOutcome_typed_genericRethrowingHelper", errors: .propagate, chaosOutcome_typed_genericRethrowingHelper),
    Shape("chaosOutcome_typed_actor", errors: .propagate, chaosOutcome_typed_actor),
    Shape("chaosOutcome_typed_taskGroup", errors: .propagate, chaosOutcome_typed_taskGroup),
    Shape("chaosOutcome_typed_asyncLet", errors: .propagate, chaosOutcome_typed_asyncLet),
    Shape("chaosOutcome_typed_nested", errors: .propagate, chaosOutcome_typed_nested),
    Shape("chaosOutcome_typed_genericCallerTaskPolicy", errors: .propagate, chaosOutcome_typed_genericCallerTaskPolicy),
    Shape("chaosOutcome_typed_genericPolicy", errors: .propagate, chaosOutcome_typed_genericPolicy),
    Shape("chaosOutcome_nonThrowing_loop", errors: .none, chaosOutcome_nonThrowing_loop),
    Shape("chaosOutcome_nonThrowing_rethrowingHelper", errors: .none, chaosOutcome_nonThrowing_rethrowingHelper),
    Shape("chaosOutcome_nonThrowing_genericRethrowingHelper", errors: .none, chaosOutcome_nonThrowing_genericRethrowingHelper),
    Shape("chaosOutcome_nonThrowing_actor", errors: .none, chaosOutcome_nonThrowing_actor),
    Shape("chaosOutcome_nonThrowing_taskGroup", errors: .none, chaosOutcome_nonThrowing_taskGroup),
    Shape("chaosOutcome_nonThrowing_asyncLet", errors: .none, chaosOutcome_nonThrowing_asyncLet),
    Shape("chaosOutcome_nonThrowing_nested", errors: .none, chaosOutcome_nonThrowing_nested),
    Shape("chaosOutcome_nonThrowing_genericCallerTaskPolicy", errors: .none, chaosOutcome_nonThrowing_genericCallerTaskPolicy),
    Shape("chaosOutcome_nonThrowing_genericPolicy", errors: .none, chaosOutcome_nonThrowing_genericPolicy),
    Shape("pipeline_untyped_loop", errors: .propagate, pipeline_untyped_loop),
    Shape("pipeline_untyped_rethrowingHelper", errors: .propagate, pipeline_untyped_rethrowingHelper),
    Shape("pipeline_untyped_genericRethrowingHelper", errors: .propagate, pipeline_untyped_genericRethrowingHelper),
    Shape("pipeline_untyped_actor", errors: .propagate, pipeline_untyped_actor),
    Shape("pipeline_untyped_taskGroup", errors: .propagate, pipeline_untyped_taskGroup),
    Shape("pipeline_untyped_asyncLet", errors: .propagate, pipeline_untyped_asyncLet),
    Shape("pipeline_untyped_nested", errors: .propagate, pipeline_untyped_nested),
    Shape("pipeline_untyped_genericPolicy", errors: .propagate, pipeline_untyped_genericPolicy),
    Shape("pipeline_typed_loop", errors: .propagate, pipeline_typed_loop),
    Shape("pipeline_typed_rethrowingHelper", errors: .propagate, pipeline_typed_rethrowingHelper),
    Shape("pipeline_typed_genericRethrowingHelper", errors: .propagate, pipeline_typed_genericRethrowingHelper),
    Shape("pipeline_typed_actor", errors: .propagate, pipeline_typed_actor),
    Shape("pipeline_typed_taskGroup", errors: .propagate, pipeline_typed_taskGroup),
    Shape("pipeline_typed_asyncLet", errors: .propagate, pipeline_typed_asyncLet),
    Shape("pipeline_typed_nested", errors: .propagate, pipeline_typed_nested),
    Shape("pipeline_typed_genericPolicy", errors: .propagate, pipeline_typed_genericPolicy),
    Shape("pipeline_nonThrowing_loop", errors: .none, pipeline_nonThrowing_loop),
    Shape("pipeline_nonThrowing_rethrowingHelper", errors: .none, pipeline_nonThrowing_rethrowingHelper),
    Shape("pipeline_nonThrowing_genericRethrowingHelper", errors: .none, pipeline_nonThrowing_genericRethrowingHelper),
    Shape("pipeline_nonThrowing_actor", errors: .none, pipeline_nonThrowing_actor),
    Shape("pipeline_nonThrowing_taskGroup", errors: .none, pipeline_nonThrowing_taskGroup),
    Shape("pipeline_nonThrowing_asyncLet", errors: .none, pipeline_nonThrowing_asyncLet),
    Shape("pipeline_nonThrowing_nested", errors: .none, pipeline_nonThrowing_nested),
    Shape("pipeline_nonThrowing_genericPolicy", errors: .none, pipeline_nonThrowing_genericPolicy),
    Shape("pipelineWithoutTimeout_untyped_loop", errors: .propagate, pipelineWithoutTimeout_untyped_loop),
    Shape("pipelineWithoutTimeout_untyped_rethrowingHelper", errors: .propagate, pipelineWithoutTimeout_untyped_rethrowingHelper),
    Shape("pipelineWithoutTimeout_untyped_genericRethrowingHelper", errors: .propagate, pipelineWithoutTimeout_untyped_genericRethrowingHelper),
    Shape("pipelineWithoutTimeout_untyped_actor", errors: .propagate, pipelineWithoutTimeout_untyped_actor),
    Shape("pipelineWithoutTimeout_untyped_taskGroup", errors: .propagate, pipelineWithoutTimeout_untyped_taskGroup),
    Shape("pipelineWithoutTimeout_untyped_asyncLet", errors: .propagate, pipelineWithoutTimeout_untyped_asyncLet),
    Shape("pipelineWithoutTimeout_untyped_nested", errors: .propagate, pipelineWithoutTimeout_untyped_nested),
    Shape("pipelineWithoutTimeout_untyped_genericPolicy", errors: .propagate, pipelineWithoutTimeout_untyped_genericPolicy),
    Shape("pipelineWithoutTimeout_typed_loop", errors: .propagate, pipelineWithoutTimeout_typed_loop),
    Shape("pipelineWithoutTimeout_typed_rethrowingHelper", errors: .propagate, pipelineWithoutTimeout_typed_rethrowingHelper),
    Shape("pipelineWithoutTimeout_typed_genericRethrowingHelper", errors: .propagate, pipelineWithoutTimeout_typed_genericRethrowingHelper),
    Shape("pipelineWithoutTimeout_typed_actor", errors: .propagate, pipelineWithoutTimeout_typed_actor),
    Shape("pipelineWithoutTimeout_typed_taskGroup", errors: .propagate, pipelineWithoutTimeout_typed_taskGroup),
    Shape("pipelineWithoutTimeout_typed_asyncLet", errors: .propagate, pipelineWithoutTimeout_typed_asyncLet),
    Shape("pipelineWithoutTimeout_typed_nested", errors: .propagate, pipelineWithoutTimeout_typed_nested),
    Shape("pipelineWithoutTimeout_typed_genericPolicy", errors: .propagate, pipelineWithoutTimeout_typed_genericPolicy),
    Shape("pipelineWithoutTimeout_nonThrowing_loop", errors: .none, pipelineWithoutTimeout_nonThrowing_loop),
    Shape("pipelineWithoutTimeout_nonThrowing_rethrowingHelper", errors: .none, pipelineWithoutTimeout_nonThrowing_rethrowingHelper),
    Shape("pipelineWithoutTimeout_nonThrowing_genericRethrowingHelper", errors: .none, pipelineWithoutTimeout_nonThrowing_genericRethrowingHelper),
    Shape("pipelineWithoutTimeout_nonThrowing_actor", errors: .none, pipelineWithoutTimeout_nonThrowing_actor),
    Shape("pipelineWithoutTimeout_nonThrowing_taskGroup", errors: .none, pipelineWithoutTimeout_nonThrowing_taskGroup),
    Shape("pipelineWithoutTimeout_nonThrowing_asyncLet", errors: .none, pipelineWithoutTimeout_nonThrowing_asyncLet),
    Shape("pipelineWithoutTimeout_nonThrowing_nested", errors: .none, pipelineWithoutTimeout_nonThrowing_nested),
    Shape("pipelineWithoutTimeout_nonThrowing_genericPolicy", errors: .none, pipelineWithoutTimeout_nonThrowing_genericPolicy),
    Shape("pipelineExecute_untyped_loop", errors: .propagate, pipelineExecute_untyped_loop),
    Shape("pipelineExecute_untyped_rethrowingHelper", errors: .propagate, pipelineExecute_untyped_rethrowingHelper),
    Shape("pipelineExecute_untyped_genericRethrowingHelper", errors: .propagate, pipelineExecute_untyped_genericRethrowingHelper),
    Shape("pipelineExecute_untyped_actor", errors: .propagate, pipelineExecute_untyped_actor),
    Shape("pipelineExecute_untyped_taskGroup", errors: .propagate, pipelineExecute_untyped_taskGroup),
    Shape("pipelineExecute_untyped_asyncLet", errors: .propagate, pipelineExecute_untyped_asyncLet),
    Shape("pipelineExecute_untyped_nested", errors: .propagate, pipelineExecute_untyped_nested),
    Shape("pipelineExecute_typed_loop", errors: .propagate, pipelineExecute_typed_loop),
    Shape("pipelineExecute_typed_rethrowingHelper", errors: .propagate, pipelineExecute_typed_rethrowingHelper),
    Shape("pipelineExecute_typed_genericRethrowingHelper", errors: .propagate, pipelineExecute_typed_genericRethrowingHelper),
    Shape("pipelineExecute_typed_actor", errors: .propagate, pipelineExecute_typed_actor),
    Shape("pipelineExecute_typed_taskGroup", errors: .propagate, pipelineExecute_typed_taskGroup),
    Shape("pipelineExecute_typed_asyncLet", errors: .propagate, pipelineExecute_typed_asyncLet),
    Shape("pipelineExecute_typed_nested", errors: .propagate, pipelineExecute_typed_nested),
    Shape("pipelineExecute_nonThrowing_loop", errors: .none, pipelineExecute_nonThrowing_loop),
    Shape("pipelineExecute_nonThrowing_rethrowingHelper", errors: .none, pipelineExecute_nonThrowing_rethrowingHelper),
    Shape("pipelineExecute_nonThrowing_genericRethrowingHelper", errors: .none, pipelineExecute_nonThrowing_genericRethrowingHelper),
    Shape("pipelineExecute_nonThrowing_actor", errors: .none, pipelineExecute_nonThrowing_actor),
    Shape("pipelineExecute_nonThrowing_taskGroup", errors: .none, pipelineExecute_nonThrowing_taskGroup),
    Shape("pipelineExecute_nonThrowing_asyncLet", errors: .none, pipelineExecute_nonThrowing_asyncLet),
    Shape("pipelineExecute_nonThrowing_nested", errors: .none, pipelineExecute_nonThrowing_nested),
    Shape("httpPipeline_untyped_loop", errors: .propagate, httpPipeline_untyped_loop),
    Shape("httpPipeline_untyped_rethrowingHelper", errors: .propagate, httpPipeline_untyped_rethrowingHelper),
    Shape("httpPipeline_untyped_genericRethrowingHelper", errors: .propagate, httpPipeline_untyped_genericRethrowingHelper),
    Shape("httpPipeline_untyped_actor", errors: .propagate, httpPipeline_untyped_actor),
    Shape("httpPipeline_untyped_taskGroup", errors: .propagate, httpPipeline_untyped_taskGroup),
    Shape("httpPipeline_untyped_asyncLet", errors: .propagate, httpPipeline_untyped_asyncLet),
    Shape("httpPipeline_untyped_nested", errors: .propagate, httpPipeline_untyped_nested),
    Shape("httpPipeline_untyped_genericPolicy", errors: .propagate, httpPipeline_untyped_genericPolicy),
    Shape("httpPipeline_typed_loop", errors: .propagate, httpPipeline_typed_loop),
    Shape("httpPipeline_typed_rethrowingHelper", errors: .propagate, httpPipeline_typed_rethrowingHelper),
    Shape("httpPipeline_typed_genericRethrowingHelper", errors: .propagate, httpPipeline_typed_genericRethrowingHelper),
    Shape("httpPipeline_typed_actor", errors: .propagate, httpPipeline_typed_actor),
    Shape("httpPipeline_typed_taskGroup", errors: .propagate, httpPipeline_typed_taskGroup),
    Shape("httpPipeline_typed_asyncLet", errors: .propagate, httpPipeline_typed_asyncLet),
    Shape("httpPipeline_typed_nested", errors: .propagate, httpPipeline_typed_nested),
    Shape("httpPipeline_typed_genericPolicy", errors: .propagate, httpPipeline_typed_genericPolicy),
    Shape("httpPipeline_nonThrowing_loop", errors: .none, httpPipeline_nonThrowing_loop),
    Shape("httpPipeline_nonThrowing_rethrowingHelper", errors: .none, httpPipeline_nonThrowing_rethrowingHelper),
    Shape("httpPipeline_nonThrowing_genericRethrowingHelper", errors: .none, httpPipeline_nonThrowing_genericRethrowingHelper),
    Shape("httpPipeline_nonThrowing_actor", errors: .none, httpPipeline_nonThrowing_actor),
    Shape("httpPipeline_nonThrowing_taskGroup", errors: .none, httpPipeline_nonThrowing_taskGroup),
    Shape("httpPipeline_nonThrowing_asyncLet", errors: .none, httpPipeline_nonThrowing_asyncLet),
    Shape("httpPipeline_nonThrowing_nested", errors: .none, httpPipeline_nonThrowing_nested),
    Shape("httpPipeline_nonThrowing_genericPolicy", errors: .none, httpPipeline_nonThrowing_genericPolicy),
    Shape("integrationPoint_untyped_loop", errors: .propagate, integrationPoint_untyped_loop),
    Shape("integrationPoint_untyped_rethrowingHelper", errors: .propagate, integrationPoint_untyped_rethrowingHelper),
    Shape("integrationPoint_untyped_genericRethrowingHelper", errors: .propagate, integrationPoint_untyped_genericRethrowingHelper),
    Shape("integrationPoint_untyped_actor", errors: .propagate, integrationPoint_untyped_actor),
    Shape("integrationPoint_untyped_taskGroup", errors: .propagate, integrationPoint_untyped_taskGroup),
    Shape("integrationPoint_untyped_asyncLet", errors: .propagate, integrationPoint_untyped_asyncLet),
    Shape("integrationPoint_untyped_nested", errors: .propagate, integrationPoint_untyped_nested),
    Shape("integrationPoint_typed_loop", errors: .propagate, integrationPoint_typed_loop),
    Shape("integrationPoint_typed_rethrowingHelper", errors: .propagate, integrationPoint_typed_rethrowingHelper),
    Shape("integrationPoint_typed_genericRethrowingHelper", errors: .propagate, integrationPoint_typed_genericRethrowingHelper),
    Shape("integrationPoint_typed_actor", errors: .propagate, integrationPoint_typed_actor),
    Shape("integrationPoint_typed_taskGroup", errors: .propagate, integrationPoint_typed_taskGroup),
    Shape("integrationPoint_typed_asyncLet", errors: .propagate, integrationPoint_typed_asyncLet),
    Shape("integrationPoint_typed_nested", errors: .propagate, integrationPoint_typed_nested),
    Shape("integrationPoint_nonThrowing_loop", errors: .none, integrationPoint_nonThrowing_loop),
    Shape("integrationPoint_nonThrowing_rethrowingHelper", errors: .none, integrationPoint_nonThrowing_rethrowingHelper),
    Shape("integrationPoint_nonThrowing_genericRethrowingHelper", errors: .none, integrationPoint_nonThrowing_genericRethrowingHelper),
    Shape("integrationPoint_nonThrowing_actor", errors: .none, integrationPoint_nonThrowing_actor),
    Shape("integrationPoint_nonThrowing_taskGroup", errors: .none, integrationPoint_nonThrowing_taskGroup),
    Shape("integrationPoint_nonThrowing_asyncLet", errors: .none, integrationPoint_nonThrowing_asyncLet),
    Shape("integrationPoint_nonThrowing_nested", errors: .none, integrationPoint_nonThrowing_nested),
    Shape("integrationPointWithTimeout_untyped_loop", errors: .propagate, integrationPointWithTimeout_untyped_loop),
    Shape("integrationPointWithTimeout_untyped_rethrowingHelper", errors: .propagate, integrationPointWithTimeout_untyped_rethrowingHelper),
    Shape("integrationPointWithTimeout_untyped_genericRethrowingHelper", errors: .propagate, integrationPointWithTimeout_untyped_genericRethrowingHelper),
    Shape("integrationPointWithTimeout_untyped_actor", errors: .propagate, integrationPointWithTimeout_untyped_actor),
    Shape("integrationPointWithTimeout_untyped_taskGroup", errors: .propagate, integrationPointWithTimeout_untyped_taskGroup),
    Shape("integrationPointWithTimeout_untyped_asyncLet", errors: .propagate, integrationPointWithTimeout_untyped_asyncLet),
    Shape("integrationPointWithTimeout_untyped_nested", errors: .propagate, integrationPointWithTimeout_untyped_nested),
    Shape("integrationPointWithTimeout_typed_loop", errors: .propagate, integrationPointWithTimeout_typed_loop),
    Shape("integrationPointWithTimeout_typed_rethrowingHelper", errors: .propagate, integrationPointWithTimeout_typed_rethrowingHelper),
    Shape("integrationPointWithTimeout_typed_genericRethrowingHelper", errors: .propagate, integrationPointWithTimeout_typed_genericRethrowingHelper),
    Shape("integrationPointWithTimeout_typed_actor", errors: .propagate, integrationPointWithTimeout_typed_actor),
    Shape("integrationPointWithTimeout_typed_taskGroup", errors: .propagate, integrationPointWithTimeout_typed_taskGroup),
    Shape("integrationPointWithTimeout_typed_asyncLet", errors: .propagate, integrationPointWithTimeout_typed_asyncLet),
    Shape("integrationPointWithTimeout_typed_nested", errors: .propagate, integrationPointWithTimeout_typed_nested),
    Shape("integrationPointWithTimeout_nonThrowing_loop", errors: .none, integrationPointWithTimeout_nonThrowing_loop),
    Shape("integrationPointWithTimeout_nonThrowing_rethrowingHelper", errors: .none, integrationPointWithTimeout_nonThrowing_rethrowingHelper),
    Shape("integrationPointWithTimeout_nonThrowing_genericRethrowingHelper", errors: .none, integrationPointWithTimeout_nonThrowing_genericRethrowingHelper),
    Shape("integrationPointWithTimeout_nonThrowing_actor", errors: .none, integrationPointWithTimeout_nonThrowing_actor),
    Shape("integrationPointWithTimeout_nonThrowing_taskGroup", errors: .none, integrationPointWithTimeout_nonThrowing_taskGroup),
    Shape("integrationPointWithTimeout_nonThrowing_asyncLet", errors: .none, integrationPointWithTimeout_nonThrowing_asyncLet),
    Shape("integrationPointWithTimeout_nonThrowing_nested", errors: .none, integrationPointWithTimeout_nonThrowing_nested),
    Shape("keyedIntegrationPoints_untyped_loop", errors: .propagate, keyedIntegrationPoints_untyped_loop),
    Shape("keyedIntegrationPoints_untyped_rethrowingHelper", errors: .propagate, keyedIntegrationPoints_untyped_rethrowingHelper),
    Shape("keyedIntegrationPoints_untyped_genericRethrowingHelper", errors: .propagate, keyedIntegrationPoints_untyped_genericRethrowingHelper),
    Shape("keyedIntegrationPoints_untyped_actor", errors: .propagate, keyedIntegrationPoints_untyped_actor),
    Shape("keyedIntegrationPoints_untyped_taskGroup", errors: .propagate, keyedIntegrationPoints_untyped_taskGroup),
    Shape("keyedIntegrationPoints_untyped_asyncLet", errors: .propagate, keyedIntegrationPoints_untyped_asyncLet),
    Shape("keyedIntegrationPoints_untyped_nested", errors: .propagate, keyedIntegrationPoints_untyped_nested),
    Shape("keyedIntegrationPoints_typed_loop", errors: .propagate, keyedIntegrationPoints_typed_loop),
    Shape("keyedIntegrationPoints_typed_rethrowingHelper", errors: .propagate, keyedIntegrationPoints_typed_rethrowingHelper),
    Shape("keyedIntegrationPoints_typed_genericRethrowingHelper", errors: .propagate, keyedIntegrationPoints_typed_genericRethrowingHelper),
    Shape("keyedIntegrationPoints_typed_actor", errors: .propagate, keyedIntegrationPoints_typed_actor),
    Shape("keyedIntegrationPoints_typed_taskGroup", errors: .propagate, keyedIntegrationPoints_typed_taskGroup),
    Shape("keyedIntegrationPoints_typed_asyncLet", errors: .propagate, keyedIntegrationPoints_typed_asyncLet),
    Shape("keyedIntegrationPoints_typed_nested", errors: .propagate, keyedIntegrationPoints_typed_nested),
    Shape("keyedIntegrationPoints_nonThrowing_loop", errors: .none, keyedIntegrationPoints_nonThrowing_loop),
    Shape("keyedIntegrationPoints_nonThrowing_rethrowingHelper", errors: .none, keyedIntegrationPoints_nonThrowing_rethrowingHelper),
    Shape("keyedIntegrationPoints_nonThrowing_genericRethrowingHelper", errors: .none, keyedIntegrationPoints_nonThrowing_genericRethrowingHelper),
    Shape("keyedIntegrationPoints_nonThrowing_actor", errors: .none, keyedIntegrationPoints_nonThrowing_actor),
    Shape("keyedIntegrationPoints_nonThrowing_taskGroup", errors: .none, keyedIntegrationPoints_nonThrowing_taskGroup),
    Shape("keyedIntegrationPoints_nonThrowing_asyncLet", errors: .none, keyedIntegrationPoints_nonThrowing_asyncLet),
    Shape("keyedIntegrationPoints_nonThrowing_nested", errors: .none, keyedIntegrationPoints_nonThrowing_nested),
    Shape("resilientHTTPClient_untyped_loop", errors: .propagate, resilientHTTPClient_untyped_loop),
    Shape("resilientHTTPClient_untyped_rethrowingHelper", errors: .propagate, resilientHTTPClient_untyped_rethrowingHelper),
    Shape("resilientHTTPClient_untyped_genericRethrowingHelper", errors: .propagate, resilientHTTPClient_untyped_genericRethrowingHelper),
    Shape("resilientHTTPClient_untyped_actor", errors: .propagate, resilientHTTPClient_untyped_actor),
    Shape("resilientHTTPClient_untyped_taskGroup", errors: .propagate, resilientHTTPClient_untyped_taskGroup),
    Shape("resilientHTTPClient_untyped_asyncLet", errors: .propagate, resilientHTTPClient_untyped_asyncLet),
    Shape("resilientHTTPClient_untyped_nested", errors: .propagate, resilientHTTPClient_untyped_nested),
    Shape("resilientHTTPClient_typed_loop", errors: .propagate, resilientHTTPClient_typed_loop),
    Shape("resilientHTTPClient_typed_rethrowingHelper", errors: .propagate, resilientHTTPClient_typed_rethrowingHelper),
    Shape("resilientHTTPClient_typed_genericRethrowingHelper", errors: .propagate, resilientHTTPClient_typed_genericRethrowingHelper),
    Shape("resilientHTTPClient_typed_actor", errors: .propagate, resilientHTTPClient_typed_actor),
    Shape("resilientHTTPClient_typed_taskGroup", errors: .propagate, resilientHTTPClient_typed_taskGroup),
    Shape("resilientHTTPClient_typed_asyncLet", errors: .propagate, resilientHTTPClient_typed_asyncLet),
    Shape("resilientHTTPClient_typed_nested", errors: .propagate, resilientHTTPClient_typed_nested),
    Shape("resilientHTTPClient_nonThrowing_loop", errors: .none, resilientHTTPClient_nonThrowing_loop),
    Shape("resilientHTTPClient_nonThrowing_rethrowingHelper", errors: .none, resilientHTTPClient_nonThrowing_rethrowingHelper),
    Shape("resilientHTTPClient_nonThrowing_genericRethrowingHelper", errors: .none, resilientHTTPClient_nonThrowing_genericRethrowingHelper),
    Shape("resilientHTTPClient_nonThrowing_actor", errors: .none, resilientHTTPClient_nonThrowing_actor),
    Shape("resilientHTTPClient_nonThrowing_taskGroup", errors: .none, resilientHTTPClient_nonThrowing_taskGroup),
    Shape("resilientHTTPClient_nonThrowing_asyncLet", errors: .none, resilientHTTPClient_nonThrowing_asyncLet),
    Shape("resilientHTTPClient_nonThrowing_nested", errors: .none, resilientHTTPClient_nonThrowing_nested),
    Shape("integrationPointOnCallerTask_untyped_loop", errors: .propagate, integrationPointOnCallerTask_untyped_loop),
    Shape("integrationPointOnCallerTask_untyped_rethrowingHelper", errors: .propagate, integrationPointOnCallerTask_untyped_rethrowingHelper),
    Shape("integrationPointOnCallerTask_untyped_genericRethrowingHelper", errors: .propagate, integrationPointOnCallerTask_untyped_genericRethrowingHelper),
    Shape("integrationPointOnCallerTask_untyped_actor", errors: .propagate, integrationPointOnCallerTask_untyped_actor),
    Shape("integrationPointOnCallerTask_untyped_taskGroup", errors: .propagate, integrationPointOnCallerTask_untyped_taskGroup),
    Shape("integrationPointOnCallerTask_untyped_asyncLet", errors: .propagate, integrationPointOnCallerTask_untyped_asyncLet),
    Shape("integrationPointOnCallerTask_untyped_nested", errors: .propagate, integrationPointOnCallerTask_untyped_nested),
    Shape("integrationPointOnCallerTask_typed_loop", errors: .propagate, integrationPointOnCallerTask_typed_loop),
    Shape("integrationPointOnCallerTask_typed_rethrowingHelper", errors: .propagate, integrationPointOnCallerTask_typed_rethrowingHelper),
    Shape("integrationPointOnCallerTask_typed_genericRethrowingHelper", errors: .propagate, integrationPointOnCallerTask_typed_genericRethrowingHelper),
    Shape("integrationPointOnCallerTask_typed_actor", errors: .propagate, integrationPointOnCallerTask_typed_actor),
    Shape("integrationPointOnCallerTask_typed_taskGroup", errors: .propagate, integrationPointOnCallerTask_typed_taskGroup),
    Shape("integrationPointOnCallerTask_typed_asyncLet", errors: .propagate, integrationPointOnCallerTask_typed_asyncLet),
    Shape("integrationPointOnCallerTask_typed_nested", errors: .propagate, integrationPointOnCallerTask_typed_nested),
    Shape("integrationPointOnCallerTask_nonThrowing_loop", errors: .none, integrationPointOnCallerTask_nonThrowing_loop),
    Shape("integrationPointOnCallerTask_nonThrowing_rethrowingHelper", errors: .none, integrationPointOnCallerTask_nonThrowing_rethrowingHelper),
    Shape("integrationPointOnCallerTask_nonThrowing_genericRethrowingHelper", errors: .none, integrationPointOnCallerTask_nonThrowing_genericRethrowingHelper),
    Shape("integrationPointOnCallerTask_nonThrowing_actor", errors: .none, integrationPointOnCallerTask_nonThrowing_actor),
    Shape("integrationPointOnCallerTask_nonThrowing_taskGroup", errors: .none, integrationPointOnCallerTask_nonThrowing_taskGroup),
    Shape("integrationPointOnCallerTask_nonThrowing_asyncLet", errors: .none, integrationPointOnCallerTask_nonThrowing_asyncLet),
    Shape("integrationPointOnCallerTask_nonThrowing_nested", errors: .none, integrationPointOnCallerTask_nonThrowing_nested),
    Shape("resilientPostgresQuery_untyped_loop", errors: .propagate, resilientPostgresQuery_untyped_loop),
    Shape("resilientPostgresQuery_untyped_rethrowingHelper", errors: .propagate, resilientPostgresQuery_untyped_rethrowingHelper),
    Shape("resilientPostgresQuery_untyped_genericRethrowingHelper", errors: .propagate, resilientPostgresQuery_untyped_genericRethrowingHelper),
    Shape("resilientPostgresQuery_untyped_actor", errors: .propagate, resilientPostgresQuery_untyped_actor),
    Shape("resilientPostgresQuery_untyped_taskGroup", errors: .propagate, resilientPostgresQuery_untyped_taskGroup),
    Shape("resilientPostgresQuery_untyped_asyncLet", errors: .propagate, resilientPostgresQuery_untyped_asyncLet),
    Shape("resilientPostgresQuery_untyped_nested", errors: .propagate, resilientPostgresQuery_untyped_nested),
    Shape("resilientPostgresQuery_typed_loop", errors: .propagate, resilientPostgresQuery_typed_loop),
    Shape("resilientPostgresQuery_typed_rethrowingHelper", errors: .propagate, resilientPostgresQuery_typed_rethrowingHelper),
    Shape("resilientPostgresQuery_typed_genericRethrowingHelper", errors: .propagate, resilientPostgresQuery_typed_genericRethrowingHelper),
    Shape("resilientPostgresQuery_typed_actor", errors: .propagate, resilientPostgresQuery_typed_actor),
    Shape("resilientPostgresQuery_typed_taskGroup", errors: .propagate, resilientPostgresQuery_typed_taskGroup),
    Shape("resilientPostgresQuery_typed_asyncLet", errors: .propagate, resilientPostgresQuery_typed_asyncLet),
    Shape("resilientPostgresQuery_typed_nested", errors: .propagate, resilientPostgresQuery_typed_nested),
    Shape("resilientPostgresQuery_nonThrowing_loop", errors: .none, resilientPostgresQuery_nonThrowing_loop),
    Shape("resilientPostgresQuery_nonThrowing_rethrowingHelper", errors: .none, resilientPostgresQuery_nonThrowing_rethrowingHelper),
    Shape("resilientPostgresQuery_nonThrowing_genericRethrowingHelper", errors: .none, resilientPostgresQuery_nonThrowing_genericRethrowingHelper),
    Shape("resilientPostgresQuery_nonThrowing_actor", errors: .none, resilientPostgresQuery_nonThrowing_actor),
    Shape("resilientPostgresQuery_nonThrowing_taskGroup", errors: .none, resilientPostgresQuery_nonThrowing_taskGroup),
    Shape("resilientPostgresQuery_nonThrowing_asyncLet", errors: .none, resilientPostgresQuery_nonThrowing_asyncLet),
    Shape("resilientPostgresQuery_nonThrowing_nested", errors: .none, resilientPostgresQuery_nonThrowing_nested),
    Shape("resilientPostgresConnection_untyped_loop", errors: .propagate, resilientPostgresConnection_untyped_loop),
    Shape("resilientPostgresConnection_untyped_rethrowingHelper", errors: .propagate, resilientPostgresConnection_untyped_rethrowingHelper),
    Shape("resilientPostgresConnection_untyped_genericRethrowingHelper", errors: .propagate, resilientPostgresConnection_untyped_genericRethrowingHelper),
    Shape("resilientPostgresConnection_untyped_actor", errors: .propagate, resilientPostgresConnection_untyped_actor),
    Shape("resilientPostgresConnection_untyped_taskGroup", errors: .propagate, resilientPostgresConnection_untyped_taskGroup),
    Shape("resilientPostgresConnection_untyped_asyncLet", errors: .propagate, resilientPostgresConnection_untyped_asyncLet),
    Shape("resilientPostgresConnection_untyped_nested", errors: .propagate, resilientPostgresConnection_untyped_nested),
    Shape("resilientPostgresConnection_typed_loop", errors: .propagate, resilientPostgresConnection_typed_loop),
    Shape("resilientPostgresConnection_typed_rethrowingHelper", errors: .propagate, resilientPostgresConnection_typed_rethrowingHelper),
    Shape("resilientPostgresConnection_typed_genericRethrowingHelper", errors: .propagate, resilientPostgresConnection_typed_genericRethrowingHelper),
    Shape("resilientPostgresConnection_typed_actor", errors: .propagate, resilientPostgresConnection_typed_actor),
    Shape("resilientPostgresConnection_typed_taskGroup", errors: .propagate, resilientPostgresConnection_typed_taskGroup),
    Shape("resilientPostgresConnection_typed_asyncLet", errors: .propagate, resilientPostgresConnection_typed_asyncLet),
    Shape("resilientPostgresConnection_typed_nested", errors: .propagate, resilientPostgresConnection_typed_nested),
    Shape("resilientPostgresConnection_nonThrowing_loop", errors: .none, resilientPostgresConnection_nonThrowing_loop),
    Shape("resilientPostgresConnection_nonThrowing_rethrowingHelper", errors: .none, resilientPostgresConnection_nonThrowing_rethrowingHelper),
    Shape("resilientPostgresConnection_nonThrowing_genericRethrowingHelper", errors: .none, resilientPostgresConnection_nonThrowing_genericRethrowingHelper),
    Shape("resilientPostgresConnection_nonThrowing_actor", errors: .none, resilientPostgresConnection_nonThrowing_actor),
    Shape("resilientPostgresConnection_nonThrowing_taskGroup", errors: .none, resilientPostgresConnection_nonThrowing_taskGroup),
    Shape("resilientPostgresConnection_nonThrowing_asyncLet", errors: .none, resilientPostgresConnection_nonThrowing_asyncLet),
    Shape("resilientPostgresConnection_nonThrowing_nested", errors: .none, resilientPostgresConnection_nonThrowing_nested),
    Shape("resilientPostgresTransaction_untyped_loop", errors: .propagate, resilientPostgresTransaction_untyped_loop),
    Shape("resilientPostgresTransaction_untyped_rethrowingHelper", errors: .propagate, resilientPostgresTransaction_untyped_rethrowingHelper),
    Shape("resilientPostgresTransaction_untyped_genericRethrowingHelper", errors: .propagate, resilientPostgresTransaction_untyped_genericRethrowingHelper),
    Shape("resilientPostgresTransaction_untyped_actor", errors: .propagate, resilientPostgresTransaction_untyped_actor),
    Shape("resilientPostgresTransaction_untyped_taskGroup", errors: .propagate, resilientPostgresTransaction_untyped_taskGroup),
    Shape("resilientPostgresTransaction_untyped_asyncLet", errors: .propagate, resilientPostgresTransaction_untyped_asyncLet),
    Shape("resilientPostgresTransaction_untyped_nested", errors: .propagate, resilientPostgresTransaction_untyped_nested),
    Shape("resilientPostgresTransaction_typed_loop", errors: .propagate, resilientPostgresTransaction_typed_loop),
    Shape("resilientPostgresTransaction_typed_rethrowingHelper", errors: .propagate, resilientPostgresTransaction_typed_rethrowingHelper),
    Shape("resilientPostgresTransaction_typed_genericRethrowingHelper", errors: .propagate, resilientPostgresTransaction_typed_genericRethrowingHelper),
    Shape("resilientPostgresTransaction_typed_actor", errors: .propagate, resilientPostgresTransaction_typed_actor),
    Shape("resilientPostgresTransaction_typed_taskGroup", errors: .propagate, resilientPostgresTransaction_typed_taskGroup),
    Shape("resilientPostgresTransaction_typed_asyncLet", errors: .propagate, resilientPostgresTransaction_typed_asyncLet),
    Shape("resilientPostgresTransaction_typed_nested", errors: .propagate, resilientPostgresTransaction_typed_nested),
    Shape("resilientPostgresTransaction_nonThrowing_loop", errors: .none, resilientPostgresTransaction_nonThrowing_loop),
    Shape("resilientPostgresTransaction_nonThrowing_rethrowingHelper", errors: .none, resilientPostgresTransaction_nonThrowing_rethrowingHelper),
    Shape("resilientPostgresTransaction_nonThrowing_genericRethrowingHelper", errors: .none, resilientPostgresTransaction_nonThrowing_genericRethrowingHelper),
    Shape("resilientPostgresTransaction_nonThrowing_actor", errors: .none, resilientPostgresTransaction_nonThrowing_actor),
    Shape("resilientPostgresTransaction_nonThrowing_taskGroup", errors: .none, resilientPostgresTransaction_nonThrowing_taskGroup),
    Shape("resilientPostgresTransaction_nonThrowing_asyncLet", errors: .none, resilientPostgresTransaction_nonThrowing_asyncLet),
    Shape("resilientPostgresTransaction_nonThrowing_nested", errors: .none, resilientPostgresTransaction_nonThrowing_nested),
    Shape("resilientFileSystemRun_untyped_loop", errors: .propagate, resilientFileSystemRun_untyped_loop),
    Shape("resilientFileSystemRun_untyped_rethrowingHelper", errors: .propagate, resilientFileSystemRun_untyped_rethrowingHelper),
    Shape("resilientFileSystemRun_untyped_genericRethrowingHelper", errors: .propagate, resilientFileSystemRun_untyped_genericRethrowingHelper),
    Shape("resilientFileSystemRun_untyped_actor", errors: .propagate, resilientFileSystemRun_untyped_actor),
    Shape("resilientFileSystemRun_untyped_taskGroup", errors: .propagate, resilientFileSystemRun_untyped_taskGroup),
    Shape("resilientFileSystemRun_untyped_asyncLet", errors: .propagate, resilientFileSystemRun_untyped_asyncLet),
    Shape("resilientFileSystemRun_untyped_nested", errors: .propagate, resilientFileSystemRun_untyped_nested),
    Shape("resilientFileSystemRun_typed_loop", errors: .propagate, resilientFileSystemRun_typed_loop),
    Shape("resilientFileSystemRun_typed_rethrowingHelper", errors: .propagate, resilientFileSystemRun_typed_rethrowingHelper),
    Shape("resilientFileSystemRun_typed_genericRethrowingHelper", errors: .propagate, resilientFileSystemRun_typed_genericRethrowingHelper),
    Shape("resilientFileSystemRun_typed_actor", errors: .propagate, resilientFileSystemRun_typed_actor),
    Shape("resilientFileSystemRun_typed_taskGroup", errors: .propagate, resilientFileSystemRun_typed_taskGroup),
    Shape("resilientFileSystemRun_typed_asyncLet", errors: .propagate, resilientFileSystemRun_typed_asyncLet),
    Shape("resilientFileSystemRun_typed_nested", errors: .propagate, resilientFileSystemRun_typed_nested),
    Shape("resilientFileSystemRun_nonThrowing_loop", errors: .none, resilientFileSystemRun_nonThrowing_loop),
    Shape("resilientFileSystemRun_nonThrowing_rethrowingHelper", errors: .none, resilientFileSystemRun_nonThrowing_rethrowingHelper),
    Shape("resilientFileSystemRun_nonThrowing_genericRethrowingHelper", errors: .none, resilientFileSystemRun_nonThrowing_genericRethrowingHelper),
    Shape("resilientFileSystemRun_nonThrowing_actor", errors: .none, resilientFileSystemRun_nonThrowing_actor),
    Shape("resilientFileSystemRun_nonThrowing_taskGroup", errors: .none, resilientFileSystemRun_nonThrowing_taskGroup),
    Shape("resilientFileSystemRun_nonThrowing_asyncLet", errors: .none, resilientFileSystemRun_nonThrowing_asyncLet),
    Shape("resilientFileSystemRun_nonThrowing_nested", errors: .none, resilientFileSystemRun_nonThrowing_nested),
    Shape("resilientFileSystemRunBlocking_untyped_loop", errors: .propagate, resilientFileSystemRunBlocking_untyped_loop),
    Shape("resilientFileSystemRunBlocking_untyped_rethrowingHelper", errors: .propagate, resilientFileSystemRunBlocking_untyped_rethrowingHelper),
    Shape("resilientFileSystemRunBlocking_untyped_genericRethrowingHelper", errors: .propagate, resilientFileSystemRunBlocking_untyped_genericRethrowingHelper),
    Shape("resilientFileSystemRunBlocking_untyped_actor", errors: .propagate, resilientFileSystemRunBlocking_untyped_actor),
    Shape("resilientFileSystemRunBlocking_untyped_taskGroup", errors: .propagate, resilientFileSystemRunBlocking_untyped_taskGroup),
    Shape("resilientFileSystemRunBlocking_untyped_asyncLet", errors: .propagate, resilientFileSystemRunBlocking_untyped_asyncLet),
    Shape("resilientFileSystemRunBlocking_untyped_nested", errors: .propagate, resilientFileSystemRunBlocking_untyped_nested),
    Shape("resilientFileSystemRunBlocking_typed_loop", errors: .propagate, resilientFileSystemRunBlocking_typed_loop),
    Shape("resilientFileSystemRunBlocking_typed_rethrowingHelper", errors: .propagate, resilientFileSystemRunBlocking_typed_rethrowingHelper),
    Shape("resilientFileSystemRunBlocking_typed_genericRethrowingHelper", errors: .propagate, resilientFileSystemRunBlocking_typed_genericRethrowingHelper),
    Shape("resilientFileSystemRunBlocking_typed_actor", errors: .propagate, resilientFileSystemRunBlocking_typed_actor),
    Shape("resilientFileSystemRunBlocking_typed_taskGroup", errors: .propagate, resilientFileSystemRunBlocking_typed_taskGroup),
    Shape("resilientFileSystemRunBlocking_typed_asyncLet", errors: .propagate, resilientFileSystemRunBlocking_typed_asyncLet),
    Shape("resilientFileSystemRunBlocking_typed_nested", errors: .propagate, resilientFileSystemRunBlocking_typed_nested),
    Shape("resilientFileSystemRunBlocking_nonThrowing_loop", errors: .none, resilientFileSystemRunBlocking_nonThrowing_loop),
    Shape("resilientFileSystemRunBlocking_nonThrowing_rethrowingHelper", errors: .none, resilientFileSystemRunBlocking_nonThrowing_rethrowingHelper),
    Shape("resilientFileSystemRunBlocking_nonThrowing_genericRethrowingHelper", errors: .none, resilientFileSystemRunBlocking_nonThrowing_genericRethrowingHelper),
    Shape("resilientFileSystemRunBlocking_nonThrowing_actor", errors: .none, resilientFileSystemRunBlocking_nonThrowing_actor),
    Shape("resilientFileSystemRunBlocking_nonThrowing_taskGroup", errors: .none, resilientFileSystemRunBlocking_nonThrowing_taskGroup),
    Shape("resilientFileSystemRunBlocking_nonThrowing_asyncLet", errors: .none, resilientFileSystemRunBlocking_nonThrowing_asyncLet),
    Shape("resilientFileSystemRunBlocking_nonThrowing_nested", errors: .none, resilientFileSystemRunBlocking_nonThrowing_nested),
    Shape("openAPIMiddleware_untyped_loop", errors: .propagate, openAPIMiddleware_untyped_loop),
    Shape("openAPIMiddleware_untyped_rethrowingHelper", errors: .propagate, openAPIMiddleware_untyped_rethrowingHelper),
    Shape("openAPIMiddleware_untyped_genericRethrowingHelper", errors: .propagate, openAPIMiddleware_untyped_genericRethrowingHelper),
    Shape("openAPIMiddleware_untyped_actor", errors: .propagate, openAPIMiddleware_untyped_actor),
    Shape("openAPIMiddleware_untyped_taskGroup", errors: .propagate, openAPIMiddleware_untyped_taskGroup),
    Shape("openAPIMiddleware_untyped_asyncLet", errors: .propagate, openAPIMiddleware_untyped_asyncLet),
    Shape("openAPIMiddleware_untyped_nested", errors: .propagate, openAPIMiddleware_untyped_nested),
    Shape("openAPIMiddleware_typed_loop", errors: .propagate, openAPIMiddleware_typed_loop),
    Shape("openAPIMiddleware_typed_rethrowingHelper", errors: .propagate, openAPIMiddleware_typed_rethrowingHelper),
    Shape("openAPIMiddleware_typed_genericRethrowingHelper", errors: .propagate, openAPIMiddleware_typed_genericRethrowingHelper),
    Shape("openAPIMiddleware_typed_actor", errors: .propagate, openAPIMiddleware_typed_actor),
    Shape("openAPIMiddleware_typed_taskGroup", errors: .propagate, openAPIMiddleware_typed_taskGroup),
    Shape("openAPIMiddleware_typed_asyncLet", errors: .propagate, openAPIMiddleware_typed_asyncLet),
    Shape("openAPIMiddleware_typed_nested", errors: .propagate, openAPIMiddleware_typed_nested),
    Shape("openAPIMiddleware_nonThrowing_loop", errors: .none, openAPIMiddleware_nonThrowing_loop),
    Shape("openAPIMiddleware_nonThrowing_rethrowingHelper", errors: .none, openAPIMiddleware_nonThrowing_rethrowingHelper),
    Shape("openAPIMiddleware_nonThrowing_genericRethrowingHelper", errors: .none, openAPIMiddleware_nonThrowing_genericRethrowingHelper),
    Shape("openAPIMiddleware_nonThrowing_actor", errors: .none, openAPIMiddleware_nonThrowing_actor),
    Shape("openAPIMiddleware_nonThrowing_taskGroup", errors: .none, openAPIMiddleware_nonThrowing_taskGroup),
    Shape("openAPIMiddleware_nonThrowing_asyncLet", errors: .none, openAPIMiddleware_nonThrowing_asyncLet),
    Shape("openAPIMiddleware_nonThrowing_nested", errors: .none, openAPIMiddleware_nonThrowing_nested),
    Shape("grpcInterceptor_untyped_loop", errors: .propagate, grpcInterceptor_untyped_loop),
    Shape("grpcInterceptor_untyped_rethrowingHelper", errors: .propagate, grpcInterceptor_untyped_rethrowingHelper),
    Shape("grpcInterceptor_untyped_genericRethrowingHelper", errors: .propagate, grpcInterceptor_untyped_genericRethrowingHelper),
    Shape("grpcInterceptor_untyped_actor", errors: .propagate, grpcInterceptor_untyped_actor),
    Shape("grpcInterceptor_untyped_taskGroup", errors: .propagate, grpcInterceptor_untyped_taskGroup),
    Shape("grpcInterceptor_untyped_asyncLet", errors: .propagate, grpcInterceptor_untyped_asyncLet),
    Shape("grpcInterceptor_untyped_nested", errors: .propagate, grpcInterceptor_untyped_nested),
    Shape("grpcInterceptor_typed_loop", errors: .propagate, grpcInterceptor_typed_loop),
    Shape("grpcInterceptor_typed_rethrowingHelper", errors: .propagate, grpcInterceptor_typed_rethrowingHelper),
    Shape("grpcInterceptor_typed_genericRethrowingHelper", errors: .propagate, grpcInterceptor_typed_genericRethrowingHelper),
    Shape("grpcInterceptor_typed_actor", errors: .propagate, grpcInterceptor_typed_actor),
    Shape("grpcInterceptor_typed_taskGroup", errors: .propagate, grpcInterceptor_typed_taskGroup),
    Shape("grpcInterceptor_typed_asyncLet", errors: .propagate, grpcInterceptor_typed_asyncLet),
    Shape("grpcInterceptor_typed_nested", errors: .propagate, grpcInterceptor_typed_nested),
    Shape("grpcInterceptor_nonThrowing_loop", errors: .none, grpcInterceptor_nonThrowing_loop),
    Shape("grpcInterceptor_nonThrowing_rethrowingHelper", errors: .none, grpcInterceptor_nonThrowing_rethrowingHelper),
    Shape("grpcInterceptor_nonThrowing_genericRethrowingHelper", errors: .none, grpcInterceptor_nonThrowing_genericRethrowingHelper),
    Shape("grpcInterceptor_nonThrowing_actor", errors: .none, grpcInterceptor_nonThrowing_actor),
    Shape("grpcInterceptor_nonThrowing_taskGroup", errors: .none, grpcInterceptor_nonThrowing_taskGroup),
    Shape("grpcInterceptor_nonThrowing_asyncLet", errors: .none, grpcInterceptor_nonThrowing_asyncLet),
    Shape("grpcInterceptor_nonThrowing_nested", errors: .none, grpcInterceptor_nonThrowing_nested),
    Shape("hummingbirdLoadShedding_untyped_loop", errors: .propagate, hummingbirdLoadShedding_untyped_loop),
    Shape("hummingbirdLoadShedding_untyped_rethrowingHelper", errors: .propagate, hummingbirdLoadShedding_untyped_rethrowingHelper),
    Shape("hummingbirdLoadShedding_untyped_genericRethrowingHelper", errors: .propagate, hummingbirdLoadShedding_untyped_genericRethrowingHelper),
    Shape("hummingbirdLoadShedding_untyped_actor", errors: .propagate, hummingbirdLoadShedding_untyped_actor),
    Shape("hummingbirdLoadShedding_untyped_taskGroup", errors: .propagate, hummingbirdLoadShedding_untyped_taskGroup),
    Shape("hummingbirdLoadShedding_untyped_asyncLet", errors: .propagate, hummingbirdLoadShedding_untyped_asyncLet),
    Shape("hummingbirdLoadShedding_untyped_nested", errors: .propagate, hummingbirdLoadShedding_untyped_nested),
    Shape("hummingbirdLoadShedding_typed_loop", errors: .propagate, hummingbirdLoadShedding_typed_loop),
    Shape("hummingbirdLoadShedding_typed_rethrowingHelper", errors: .propagate, hummingbirdLoadShedding_typed_rethrowingHelper),
    Shape("hummingbirdLoadShedding_typed_genericRethrowingHelper", errors: .propagate, hummingbirdLoadShedding_typed_genericRethrowingHelper),
    Shape("hummingbirdLoadShedding_typed_actor", errors: .propagate, hummingbirdLoadShedding_typed_actor),
    Shape("hummingbirdLoadShedding_typed_taskGroup", errors: .propagate, hummingbirdLoadShedding_typed_taskGroup),
    Shape("hummingbirdLoadShedding_typed_asyncLet", errors: .propagate, hummingbirdLoadShedding_typed_asyncLet),
    Shape("hummingbirdLoadShedding_typed_nested", errors: .propagate, hummingbirdLoadShedding_typed_nested),
    Shape("hummingbirdLoadShedding_nonThrowing_loop", errors: .none, hummingbirdLoadShedding_nonThrowing_loop),
    Shape("hummingbirdLoadShedding_nonThrowing_rethrowingHelper", errors: .none, hummingbirdLoadShedding_nonThrowing_rethrowingHelper),
    Shape("hummingbirdLoadShedding_nonThrowing_genericRethrowingHelper", errors: .none, hummingbirdLoadShedding_nonThrowing_genericRethrowingHelper),
    Shape("hummingbirdLoadShedding_nonThrowing_actor", errors: .none, hummingbirdLoadShedding_nonThrowing_actor),
    Shape("hummingbirdLoadShedding_nonThrowing_taskGroup", errors: .none, hummingbirdLoadShedding_nonThrowing_taskGroup),
    Shape("hummingbirdLoadShedding_nonThrowing_asyncLet", errors: .none, hummingbirdLoadShedding_nonThrowing_asyncLet),
    Shape("hummingbirdLoadShedding_nonThrowing_nested", errors: .none, hummingbirdLoadShedding_nonThrowing_nested),
    Shape("hummingbirdDeadline_untyped_loop", errors: .propagate, hummingbirdDeadline_untyped_loop),
    Shape("hummingbirdDeadline_untyped_rethrowingHelper", errors: .propagate, hummingbirdDeadline_untyped_rethrowingHelper),
    Shape("hummingbirdDeadline_untyped_genericRethrowingHelper", errors: .propagate, hummingbirdDeadline_untyped_genericRethrowingHelper),
    Shape("hummingbirdDeadline_untyped_actor", errors: .propagate, hummingbirdDeadline_untyped_actor),
    Shape("hummingbirdDeadline_untyped_taskGroup", errors: .propagate, hummingbirdDeadline_untyped_taskGroup),
    Shape("hummingbirdDeadline_untyped_asyncLet", errors: .propagate, hummingbirdDeadline_untyped_asyncLet),
    Shape("hummingbirdDeadline_untyped_nested", errors: .propagate, hummingbirdDeadline_untyped_nested),
    Shape("hummingbirdDeadline_typed_loop", errors: .propagate, hummingbirdDeadline_typed_loop),
    Shape("hummingbirdDeadline_typed_rethrowingHelper", errors: .propagate, hummingbirdDeadline_typed_rethrowingHelper),
    Shape("hummingbirdDeadline_typed_genericRethrowingHelper", errors: .propagate, hummingbirdDeadline_typed_genericRethrowingHelper),
    Shape("hummingbirdDeadline_typed_actor", errors: .propagate, hummingbirdDeadline_typed_actor),
    Shape("hummingbirdDeadline_typed_taskGroup", errors: .propagate, hummingbirdDeadline_typed_taskGroup),
    Shape("hummingbirdDeadline_typed_asyncLet", errors: .propagate, hummingbirdDeadline_typed_asyncLet),
    Shape("hummingbirdDeadline_typed_nested", errors: .propagate, hummingbirdDeadline_typed_nested),
    Shape("hummingbirdDeadline_nonThrowing_loop", errors: .none, hummingbirdDeadline_nonThrowing_loop),
    Shape("hummingbirdDeadline_nonThrowing_rethrowingHelper", errors: .none, hummingbirdDeadline_nonThrowing_rethrowingHelper),
    Shape("hummingbirdDeadline_nonThrowing_genericRethrowingHelper", errors: .none, hummingbirdDeadline_nonThrowing_genericRethrowingHelper),
    Shape("hummingbirdDeadline_nonThrowing_actor", errors: .none, hummingbirdDeadline_nonThrowing_actor),
    Shape("hummingbirdDeadline_nonThrowing_taskGroup", errors: .none, hummingbirdDeadline_nonThrowing_taskGroup),
    Shape("hummingbirdDeadline_nonThrowing_asyncLet", errors: .none, hummingbirdDeadline_nonThrowing_asyncLet),
    Shape("hummingbirdDeadline_nonThrowing_nested", errors: .none, hummingbirdDeadline_nonThrowing_nested),
    Shape("vaporLoadShedding_untyped_loop", errors: .propagate, vaporLoadShedding_untyped_loop),
    Shape("vaporLoadShedding_untyped_rethrowingHelper", errors: .propagate, vaporLoadShedding_untyped_rethrowingHelper),
    Shape("vaporLoadShedding_untyped_genericRethrowingHelper", errors: .propagate, vaporLoadShedding_untyped_genericRethrowingHelper),
    Shape("vaporLoadShedding_untyped_actor", errors: .propagate, vaporLoadShedding_untyped_actor),
    Shape("vaporLoadShedding_untyped_taskGroup", errors: .propagate, vaporLoadShedding_untyped_taskGroup),
    Shape("vaporLoadShedding_untyped_asyncLet", errors: .propagate, vaporLoadShedding_untyped_asyncLet),
    Shape("vaporLoadShedding_untyped_nested", errors: .propagate, vaporLoadShedding_untyped_nested),
    Shape("vaporLoadShedding_typed_loop", errors: .propagate, vaporLoadShedding_typed_loop),
    Shape("vaporLoadShedding_typed_rethrowingHelper", errors: .propagate, vaporLoadShedding_typed_rethrowingHelper),
    Shape("vaporLoadShedding_typed_genericRethrowingHelper", errors: .propagate, vaporLoadShedding_typed_genericRethrowingHelper),
    Shape("vaporLoadShedding_typed_actor", errors: .propagate, vaporLoadShedding_typed_actor),
    Shape("vaporLoadShedding_typed_taskGroup", errors: .propagate, vaporLoadShedding_typed_taskGroup),
    Shape("vaporLoadShedding_typed_asyncLet", errors: .propagate, vaporLoadShedding_typed_asyncLet),
    Shape("vaporLoadShedding_typed_nested", errors: .propagate, vaporLoadShedding_typed_nested),
    Shape("vaporLoadShedding_nonThrowing_loop", errors: .none, vaporLoadShedding_nonThrowing_loop),
    Shape("vaporLoadShedding_nonThrowing_rethrowingHelper", errors: .none, vaporLoadShedding_nonThrowing_rethrowingHelper),
    Shape("vaporLoadShedding_nonThrowing_genericRethrowingHelper", errors: .none, vaporLoadShedding_nonThrowing_genericRethrowingHelper),
    Shape("vaporLoadShedding_nonThrowing_actor", errors: .none, vaporLoadShedding_nonThrowing_actor),
    Shape("vaporLoadShedding_nonThrowing_taskGroup", errors: .none, vaporLoadShedding_nonThrowing_taskGroup),
    Shape("vaporLoadShedding_nonThrowing_asyncLet", errors: .none, vaporLoadShedding_nonThrowing_asyncLet),
    Shape("vaporLoadShedding_nonThrowing_nested", errors: .none, vaporLoadShedding_nonThrowing_nested),
    Shape("vaporDeadline_untyped_loop", errors: .propagate, vaporDeadline_untyped_loop),
    Shape("vaporDeadline_untyped_rethrowingHelper", errors: .propagate, vaporDeadline_untyped_rethrowingHelper),
    Shape("vaporDeadline_untyped_genericRethrowingHelper", errors: .propagate, vaporDeadline_untyped_genericRethrowingHelper),
    Shape("vaporDeadline_untyped_actor", errors: .propagate, vaporDeadline_untyped_actor),
    Shape("vaporDeadline_untyped_taskGroup", errors: .propagate, vaporDeadline_untyped_taskGroup),
    Shape("vaporDeadline_untyped_asyncLet", errors: .propagate, vaporDeadline_untyped_asyncLet),
    Shape("vaporDeadline_untyped_nested", errors: .propagate, vaporDeadline_untyped_nested),
    Shape("vaporDeadline_typed_loop", errors: .propagate, vaporDeadline_typed_loop),
    Shape("vaporDeadline_typed_rethrowingHelper", errors: .propagate, vaporDeadline_typed_rethrowingHelper),
    Shape("vaporDeadline_typed_genericRethrowingHelper", errors: .propagate, vaporDeadline_typed_genericRethrowingHelper),
    Shape("vaporDeadline_typed_actor", errors: .propagate, vaporDeadline_typed_actor),
    Shape("vaporDeadline_typed_taskGroup", errors: .propagate, vaporDeadline_typed_taskGroup),
    Shape("vaporDeadline_typed_asyncLet", errors: .propagate, vaporDeadline_typed_asyncLet),
    Shape("vaporDeadline_typed_nested", errors: .propagate, vaporDeadline_typed_nested),
    Shape("vaporDeadline_nonThrowing_loop", errors: .none, vaporDeadline_nonThrowing_loop),
    Shape("vaporDeadline_nonThrowing_rethrowingHelper", errors: .none, vaporDeadline_nonThrowing_rethrowingHelper),
    Shape("vaporDeadline_nonThrowing_genericRethrowingHelper", errors: .none, vaporDeadline_nonThrowing_genericRethrowingHelper),
    Shape("vaporDeadline_nonThrowing_actor", errors: .none, vaporDeadline_nonThrowing_actor),
    Shape("vaporDeadline_nonThrowing_taskGroup", errors: .none, vaporDeadline_nonThrowing_taskGroup),
    Shape("vaporDeadline_nonThrowing_asyncLet", errors: .none, vaporDeadline_nonThrowing_asyncLet),
    Shape("vaporDeadline_nonThrowing_nested", errors: .none, vaporDeadline_nonThrowing_nested),
    Shape("grpcServerLoadShedding_untyped_loop", errors: .propagate, grpcServerLoadShedding_untyped_loop),
    Shape("grpcServerLoadShedding_untyped_rethrowingHelper", errors: .propagate, grpcServerLoadShedding_untyped_rethrowingHelper),
    Shape("grpcServerLoadShedding_untyped_genericRethrowingHelper", errors: .propagate, grpcServerLoadShedding_untyped_genericRethrowingHelper),
    Shape("grpcServerLoadShedding_untyped_actor", errors: .propagate, grpcServerLoadShedding_untyped_actor),
    Shape("grpcServerLoadShedding_untyped_taskGroup", errors: .propagate, grpcServerLoadShedding_untyped_taskGroup),
    Shape("grpcServerLoadShedding_untyped_asyncLet", errors: .propagate, grpcServerLoadShedding_untyped_asyncLet),
    Shape("grpcServerLoadShedding_untyped_nested", errors: .propagate, grpcServerLoadShedding_untyped_nested),
    Shape("grpcServerLoadShedding_typed_loop", errors: .propagate, grpcServerLoadShedding_typed_loop),
    Shape("grpcServerLoadShedding_typed_rethrowingHelper", errors: .propagate, grpcServerLoadShedding_typed_rethrowingHelper),
    Shape("grpcServerLoadShedding_typed_genericRethrowingHelper", errors: .propagate, grpcServerLoadShedding_typed_genericRethrowingHelper),
    Shape("grpcServerLoadShedding_typed_actor", errors: .propagate, grpcServerLoadShedding_typed_actor),
    Shape("grpcServerLoadShedding_typed_taskGroup", errors: .propagate, grpcServerLoadShedding_typed_taskGroup),
    Shape("grpcServerLoadShedding_typed_asyncLet", errors: .propagate, grpcServerLoadShedding_typed_asyncLet),
    Shape("grpcServerLoadShedding_typed_nested", errors: .propagate, grpcServerLoadShedding_typed_nested),
    Shape("grpcServerLoadShedding_nonThrowing_loop", errors: .none, grpcServerLoadShedding_nonThrowing_loop),
    Shape("grpcServerLoadShedding_nonThrowing_rethrowingHelper", errors: .none, grpcServerLoadShedding_nonThrowing_rethrowingHelper),
    Shape("grpcServerLoadShedding_nonThrowing_genericRethrowingHelper", errors: .none, grpcServerLoadShedding_nonThrowing_genericRethrowingHelper),
    Shape("grpcServerLoadShedding_nonThrowing_actor", errors: .none, grpcServerLoadShedding_nonThrowing_actor),
    Shape("grpcServerLoadShedding_nonThrowing_taskGroup", errors: .none, grpcServerLoadShedding_nonThrowing_taskGroup),
    Shape("grpcServerLoadShedding_nonThrowing_asyncLet", errors: .none, grpcServerLoadShedding_nonThrowing_asyncLet),
    Shape("grpcServerLoadShedding_nonThrowing_nested", errors: .none, grpcServerLoadShedding_nonThrowing_nested),
    Shape("grpcServerDeadline_untyped_loop", errors: .propagate, grpcServerDeadline_untyped_loop),
    Shape("grpcServerDeadline_untyped_rethrowingHelper", errors: .propagate, grpcServerDeadline_untyped_rethrowingHelper),
    Shape("grpcServerDeadline_untyped_genericRethrowingHelper", errors: .propagate, grpcServerDeadline_untyped_genericRethrowingHelper),
    Shape("grpcServerDeadline_untyped_actor", errors: .propagate, grpcServerDeadline_untyped_actor),
    Shape("grpcServerDeadline_untyped_taskGroup", errors: .propagate, grpcServerDeadline_untyped_taskGroup),
    Shape("grpcServerDeadline_untyped_asyncLet", errors: .propagate, grpcServerDeadline_untyped_asyncLet),
    Shape("grpcServerDeadline_untyped_nested", errors: .propagate, grpcServerDeadline_untyped_nested),
    Shape("grpcServerDeadline_typed_loop", errors: .propagate, grpcServerDeadline_typed_loop),
    Shape("grpcServerDeadline_typed_rethrowingHelper", errors: .propagate, grpcServerDeadline_typed_rethrowingHelper),
    Shape("grpcServerDeadline_typed_genericRethrowingHelper", errors: .propagate, grpcServerDeadline_typed_genericRethrowingHelper),
    Shape("grpcServerDeadline_typed_actor", errors: .propagate, grpcServerDeadline_typed_actor),
    Shape("grpcServerDeadline_typed_taskGroup", errors: .propagate, grpcServerDeadline_typed_taskGroup),
    Shape("grpcServerDeadline_typed_asyncLet", errors: .propagate, grpcServerDeadline_typed_asyncLet),
    Shape("grpcServerDeadline_typed_nested", errors: .propagate, grpcServerDeadline_typed_nested),
    Shape("grpcServerDeadline_nonThrowing_loop", errors: .none, grpcServerDeadline_nonThrowing_loop),
    Shape("grpcServerDeadline_nonThrowing_rethrowingHelper", errors: .none, grpcServerDeadline_nonThrowing_rethrowingHelper),
    Shape("grpcServerDeadline_nonThrowing_genericRethrowingHelper", errors: .none, grpcServerDeadline_nonThrowing_genericRethrowingHelper),
    Shape("grpcServerDeadline_nonThrowing_actor", errors: .none, grpcServerDeadline_nonThrowing_actor),
    Shape("grpcServerDeadline_nonThrowing_taskGroup", errors: .none, grpcServerDeadline_nonThrowing_taskGroup),
    Shape("grpcServerDeadline_nonThrowing_asyncLet", errors: .none, grpcServerDeadline_nonThrowing_asyncLet),
    Shape("grpcServerDeadline_nonThrowing_nested", errors: .none, grpcServerDeadline_nonThrowing_nested),
    Shape("configuredIntegrationPoint_untyped_loop", errors: .propagate, configuredIntegrationPoint_untyped_loop),
    Shape("configuredIntegrationPoint_untyped_rethrowingHelper", errors: .propagate, configuredIntegrationPoint_untyped_rethrowingHelper),
    Shape("configuredIntegrationPoint_untyped_genericRethrowingHelper", errors: .propagate, configuredIntegrationPoint_untyped_genericRethrowingHelper),
    Shape("configuredIntegrationPoint_untyped_actor", errors: .propagate, configuredIntegrationPoint_untyped_actor),
    Shape("configuredIntegrationPoint_untyped_taskGroup", errors: .propagate, configuredIntegrationPoint_untyped_taskGroup),
    Shape("configuredIntegrationPoint_untyped_asyncLet", errors: .propagate, configuredIntegrationPoint_untyped_asyncLet),
    Shape("configuredIntegrationPoint_untyped_nested", errors: .propagate, configuredIntegrationPoint_untyped_nested),
    Shape("configuredIntegrationPoint_typed_loop", errors: .propagate, configuredIntegrationPoint_typed_loop),
    Shape("configuredIntegrationPoint_typed_rethrowingHelper", errors: .propagate, configuredIntegrationPoint_typed_rethrowingHelper),
    Shape("configuredIntegrationPoint_typed_genericRethrowingHelper", errors: .propagate, configuredIntegrationPoint_typed_genericRethrowingHelper),
    Shape("configuredIntegrationPoint_typed_actor", errors: .propagate, configuredIntegrationPoint_typed_actor),
    Shape("configuredIntegrationPoint_typed_taskGroup", errors: .propagate, configuredIntegrationPoint_typed_taskGroup),
    Shape("configuredIntegrationPoint_typed_asyncLet", errors: .propagate, configuredIntegrationPoint_typed_asyncLet),
    Shape("configuredIntegrationPoint_typed_nested", errors: .propagate, configuredIntegrationPoint_typed_nested),
    Shape("configuredIntegrationPoint_nonThrowing_loop", errors: .none, configuredIntegrationPoint_nonThrowing_loop),
    Shape("configuredIntegrationPoint_nonThrowing_rethrowingHelper", errors: .none, configuredIntegrationPoint_nonThrowing_rethrowingHelper),
    Shape("configuredIntegrationPoint_nonThrowing_genericRethrowingHelper", errors: .none, configuredIntegrationPoint_nonThrowing_genericRethrowingHelper),
    Shape("configuredIntegrationPoint_nonThrowing_actor", errors: .none, configuredIntegrationPoint_nonThrowing_actor),
    Shape("configuredIntegrationPoint_nonThrowing_taskGroup", errors: .none, configuredIntegrationPoint_nonThrowing_taskGroup),
    Shape("configuredIntegrationPoint_nonThrowing_asyncLet", errors: .none, configuredIntegrationPoint_nonThrowing_asyncLet),
    Shape("configuredIntegrationPoint_nonThrowing_nested", errors: .none, configuredIntegrationPoint_nonThrowing_nested),
    Shape("policyFromSection_untyped_loop", errors: .propagate, policyFromSection_untyped_loop),
    Shape("policyFromSection_untyped_rethrowingHelper", errors: .propagate, policyFromSection_untyped_rethrowingHelper),
    Shape("policyFromSection_untyped_genericRethrowingHelper", errors: .propagate, policyFromSection_untyped_genericRethrowingHelper),
    Shape("policyFromSection_untyped_actor", errors: .propagate, policyFromSection_untyped_actor),
    Shape("policyFromSection_untyped_taskGroup", errors: .propagate, policyFromSection_untyped_taskGroup),
    Shape("policyFromSection_untyped_asyncLet", errors: .propagate, policyFromSection_untyped_asyncLet),
    Shape("policyFromSection_untyped_nested", errors: .propagate, policyFromSection_untyped_nested),
    Shape("policyFromSection_untyped_genericCallerTaskPolicy", errors: .propagate, policyFromSection_untyped_genericCallerTaskPolicy),
    Shape("policyFromSection_untyped_genericPolicy", errors: .propagate, policyFromSection_untyped_genericPolicy),
    Shape("policyFromSection_typed_loop", errors: .propagate, policyFromSection_typed_loop),
    Shape("policyFromSection_typed_rethrowingHelper", errors: .propagate, policyFromSection_typed_rethrowingHelper),
    Shape("policyFromSection_typed_genericRethrowingHelper", errors: .propagate, policyFromSection_typed_genericRethrowingHelper),
    Shape("policyFromSection_typed_actor", errors: .propagate, policyFromSection_typed_actor),
    Shape("policyFromSection_typed_taskGroup", errors: .propagate, policyFromSection_typed_taskGroup),
    Shape("policyFromSection_typed_asyncLet", errors: .propagate, policyFromSection_typed_asyncLet),
    Shape("policyFromSection_typed_nested", errors: .propagate, policyFromSection_typed_nested),
    Shape("policyFromSection_typed_genericCallerTaskPolicy", errors: .propagate, policyFromSection_typed_genericCallerTaskPolicy),
    Shape("policyFromSection_typed_genericPolicy", errors: .propagate, policyFromSection_typed_genericPolicy),
    Shape("policyFromSection_nonThrowing_loop", errors: .none, policyFromSection_nonThrowing_loop),
    Shape("policyFromSection_nonThrowing_rethrowingHelper", errors: .none, policyFromSection_nonThrowing_rethrowingHelper),
    Shape("policyFromSection_nonThrowing_genericRethrowingHelper", errors: .none, policyFromSection_nonThrowing_genericRethrowingHelper),
    Shape("policyFromSection_nonThrowing_actor", errors: .none, policyFromSection_nonThrowing_actor),
    Shape("policyFromSection_nonThrowing_taskGroup", errors: .none, policyFromSection_nonThrowing_taskGroup),
    Shape("policyFromSection_nonThrowing_asyncLet", errors: .none, policyFromSection_nonThrowing_asyncLet),
    Shape("policyFromSection_nonThrowing_nested", errors: .none, policyFromSection_nonThrowing_nested),
    Shape("policyFromSection_nonThrowing_genericCallerTaskPolicy", errors: .none, policyFromSection_nonThrowing_genericCallerTaskPolicy),
    Shape("policyFromSection_nonThrowing_genericPolicy", errors: .none, policyFromSection_nonThrowing_genericPolicy),
    Shape("configuredPolicies_untyped_loop", errors: .propagate, configuredPolicies_untyped_loop),
    Shape("configuredPolicies_untyped_rethrowingHelper", errors: .propagate, configuredPolicies_untyped_rethrowingHelper),
    Shape("configuredPolicies_untyped_genericRethrowingHelper", errors: .propagate, configuredPolicies_untyped_genericRethrowingHelper),
    Shape("configuredPolicies_untyped_actor", errors: .propagate, configuredPolicies_untyped_actor),
    Shape("configuredPolicies_untyped_taskGroup", errors: .propagate, configuredPolicies_untyped_taskGroup),
    Shape("configuredPolicies_untyped_asyncLet", errors: .propagate, configuredPolicies_untyped_asyncLet),
    Shape("configuredPolicies_untyped_nested", errors: .propagate, configuredPolicies_untyped_nested),
    Shape("configuredPolicies_untyped_genericPolicy", errors: .propagate, configuredPolicies_untyped_genericPolicy),
    Shape("configuredPolicies_typed_loop", errors: .propagate, configuredPolicies_typed_loop),
    Shape("configuredPolicies_typed_rethrowingHelper", errors: .propagate, configuredPolicies_typed_rethrowingHelper),
    Shape("configuredPolicies_typed_genericRethrowingHelper", errors: .propagate, configuredPolicies_typed_genericRethrowingHelper),
    Shape("configuredPolicies_typed_actor", errors: .propagate, configuredPolicies_typed_actor),
    Shape("configuredPolicies_typed_taskGroup", errors: .propagate, configuredPolicies_typed_taskGroup),
    Shape("configuredPolicies_typed_asyncLet", errors: .propagate, configuredPolicies_typed_asyncLet),
    Shape("configuredPolicies_typed_nested", errors: .propagate, configuredPolicies_typed_nested),
    Shape("configuredPolicies_typed_genericPolicy", errors: .propagate, configuredPolicies_typed_genericPolicy),
    Shape("configuredPolicies_nonThrowing_loop", errors: .none, configuredPolicies_nonThrowing_loop),
    Shape("configuredPolicies_nonThrowing_rethrowingHelper", errors: .none, configuredPolicies_nonThrowing_rethrowingHelper),
    Shape("configuredPolicies_nonThrowing_genericRethrowingHelper", errors: .none, configuredPolicies_nonThrowing_genericRethrowingHelper),
    Shape("configuredPolicies_nonThrowing_actor", errors: .none, configuredPolicies_nonThrowing_actor),
    Shape("configuredPolicies_nonThrowing_taskGroup", errors: .none, configuredPolicies_nonThrowing_taskGroup),
    Shape("configuredPolicies_nonThrowing_asyncLet", errors: .none, configuredPolicies_nonThrowing_asyncLet),
    Shape("configuredPolicies_nonThrowing_nested", errors: .none, configuredPolicies_nonThrowing_nested),
    Shape("configuredPolicies_nonThrowing_genericPolicy", errors: .none, configuredPolicies_nonThrowing_genericPolicy),
]
