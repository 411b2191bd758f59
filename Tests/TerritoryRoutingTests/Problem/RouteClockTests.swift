import Testing

@testable import TerritoryRouting

/// The route simulator with a break: two clients 10 apart (and 10 from the depot), 15 of service.
@Suite("Route clock")
struct RouteClockTests {
    func problem(secondWindow: TimeWindow, breakWindow: TimeWindow?, breakLength: Int32) throws -> RoutingProblem {
        let travel: [Int32] = [0, 10, 10, 10, 0, 10, 10, 10, 0]
        return try RoutingProblem(
            clientCount: 2, dayCount: 1, travel: travel, service: [0, 15, 15], demand: [0, 1, 1],
            vehiclesPerDay: [1], capacity: 8, dayStart: 0, dayEnd: 600,
            windows: [[], [], [secondWindow]], breakWindow: breakWindow, breakLength: breakLength,
            patternGroups: [[VisitPattern(days: 1)]], patternGroupOfNode: [0, 0, 0])
    }

    @Test("without a break, services start as early as their windows allow")
    func noBreak() throws {
        let p = try problem(secondWindow: TimeWindow(open: 100, close: 130), breakWindow: nil, breakLength: 0)
        #expect(p.timing(of: [1, 2]) == RouteTiming(starts: [10, 100], breakStart: nil, breakBefore: 0))
    }

    @Test("the break goes on arrival at a client, covering the wait for its window, and delays it only as needed")
    func breakOnArrival() throws {
        let p = try problem(secondWindow: TimeWindow(open: 100, close: 130), breakWindow: TimeWindow(open: 60, close: 170), breakLength: 60)
        // Client 1 at 10-25, arrive at client 2 at 35, break 60-120, service at 120 (window closes at 130);
        // after client 2 (home at 125) the break would end at 185, past 170.
        #expect(p.timing(of: [1, 2]) == RouteTiming(starts: [10, 120], breakStart: 60, breakBefore: 1))
        #expect(p.schedule(of: [1, 2]) == [10, 120])
    }

    @Test("a route with no room for the break anywhere does not fit, and the search data agree")
    func noRoom() throws {
        // Client 2 must start by 70; a 60-minute break inside 60-120 fits neither before it nor after.
        let p = try problem(secondWindow: TimeWindow(open: 60, close: 70), breakWindow: TimeWindow(open: 60, close: 120), breakLength: 60)
        #expect(p.schedule(of: [1, 2]) == nil)
        #expect(p.schedule(of: [2, 1]) == nil)
        #expect(p.clock.states([1]) != nil)
        #expect(p.clock.states([1, 2]) == nil)
        // The incremental check agrees with the full one.
        let states = try #require(p.clock.states([1]))
        #expect(!p.clock.allowsInsertion(of: 2, into: [1], states: states, at: 1))
        #expect(!p.clock.allowsInsertion(of: 2, into: [1], states: states, at: 0))
    }

    @Test("when the day's calls are done earlier without the break, it is taken at home afterwards")
    func breakAtHome() throws {
        let p = try problem(secondWindow: TimeWindow(open: 0, close: 600), breakWindow: TimeWindow(open: 300, close: 400), breakLength: 60)
        #expect(p.timing(of: [1, 2]) == RouteTiming(starts: [10, 35], breakStart: 300, breakBefore: 2))
    }

    @Test("states written over an old buffer equal a fresh simulation, and a route that does not fit reports false")
    func writeStatesReusesTheBuffer() throws {
        let p = try problem(secondWindow: TimeWindow(open: 60, close: 70), breakWindow: TimeWindow(open: 60, close: 120), breakLength: 60)
        var buffer: [Int64] = [7, 7, 7, 7, 7, 7, 7, 7]
        #expect(p.clock.write(statesOf: [1], into: &buffer))
        #expect(buffer == p.clock.states([1]))
        #expect(!p.clock.write(statesOf: [1, 2], into: &buffer))
        #expect(p.clock.write(statesOf: [], into: &buffer))
        #expect(buffer.isEmpty)
    }
}
