import Testing

@testable import Resilience

@Suite("Rate limiter permit word")
struct RateLimiterPermitWordTests {
    typealias Word = RateLimiterPermitWord

    @Test func aCallTakesOnePermissionAndKeepsTheEpoch() {
        let word = Word(epoch: 7, permissions: 2)
        let taken = word.takingOne
        #expect(taken == Word(epoch: 7, permissions: 1))
        #expect(taken?.takingOne == Word(epoch: 7, permissions: 0))
        #expect(Word(epoch: 7, permissions: 0).takingOne == nil)
    }

    /// Every change by the lock holder moves the epoch on, so that a call holding an older word fails its exchange.
    @Test func seizingAndPublishingMoveTheEpochOn() {
        let word = Word(epoch: 7, permissions: 3)
        let seized = word.seized
        #expect(seized == Word(epoch: 8, permissions: 0))
        let published = seized.publishing(3)
        #expect(published == Word(epoch: 9, permissions: 3))
        #expect(published != word)
    }

    @Test func theEpochWrapsWithoutTouchingThePermissions() {
        let last = Word(epoch: (1 << 24) - 1, permissions: Word.maximumPermissions)
        #expect(last.permissions == Word.maximumPermissions)
        #expect(last.seized == Word(epoch: 0, permissions: 0))
        #expect(last.seized.publishing(Word.maximumPermissions).epoch == 1)
    }
}
