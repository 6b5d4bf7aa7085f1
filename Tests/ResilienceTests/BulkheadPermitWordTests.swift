import Testing

@testable import Resilience

@Suite("Bulkhead permit word")
struct BulkheadPermitWordTests {
    typealias Word = BulkheadPermitWord

    @Test func holdsItsFields() {
        let word = Word(permitsInUse: 7, limit: 10, closed: false)
        #expect(word.permitsInUse == 7)
        #expect(word.limit == 10)
        #expect(!word.isClosed)
        #expect(word.closed.isClosed)
        #expect(word.closed.permitsInUse == 7)
        #expect(word.closed.limit == 10)
    }

    @Test func anOpenGateWithAFreePermitGivesItWithoutTheLock() {
        let word = Word(permitsInUse: 1, limit: 2, closed: false)
        #expect(word.acquisition == .take(Word(permitsInUse: 2, limit: 2, closed: false)))
        #expect(Word(permitsInUse: 2, limit: 2, closed: false).acquisition == .full)
    }

    @Test func aClosedGateSendsEveryCallToTheLock() {
        let word = Word(permitsInUse: 0, limit: 2, closed: true)
        #expect(word.acquisition == .locked)
        #expect(word.released == nil)
    }

    @Test func aReturnedPermitIsCountedOffWhileTheGateIsOpen() {
        let word = Word(permitsInUse: 3, limit: 2, closed: false)
        #expect(word.released == Word(permitsInUse: 2, limit: 2, closed: false))
    }

    /// A limit beyond what the word holds is the lock's to apply: the word never refuses a call the bulkhead allows.
    @Test func aLimitBeyondTheWordGoesToTheLockWhenTheWordsLimitIsReached() {
        let huge = Word(permitsInUse: Word.maximumLimit, limit: Int.max, closed: false)
        #expect(huge.limit == Word.maximumLimit)
        #expect(huge.acquisition == .locked)
        let below = Word(permitsInUse: Word.maximumLimit - 1, limit: Int.max, closed: false)
        #expect(below.acquisition == .take(Word(permitsInUse: Word.maximumLimit, limit: Int.max, closed: false)))
    }

    @Test func theLargestCountKeepsTheOtherFields() {
        let word = Word(permitsInUse: Int(UInt32.max), limit: 5, closed: true)
        #expect(word.permitsInUse == Int(UInt32.max))
        #expect(word.limit == 5)
        #expect(word.isClosed)
    }
}
