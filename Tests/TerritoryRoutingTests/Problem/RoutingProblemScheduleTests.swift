import Testing

@testable import TerritoryRouting

@Suite("Route schedules and travel")
struct RoutingProblemScheduleTests {
    @Test("A route without windows starts each client at its arrival time")
    func arrivalTimes() {
        let p = TestInstances.line(clients: 3, service: 10)
        #expect(p.schedule(of: [1, 3, 2]) == [1, 13, 24])
        #expect(p.travelCost(of: [1, 3, 2]) == 6)
        #expect(p.travelCost(of: []) == 0)
    }

    @Test("A vehicle waits for the next window whose close is not yet past")
    func waitsForNextWindow() {
        let windows: [[TimeWindow]] = [[], [TimeWindow(open: 0, close: 0), TimeWindow(open: 5, close: 8)], []]
        let p = TestInstances.line(clients: 2, windows: windows)
        #expect(p.schedule(of: [1, 2]) == [5, 6])
        #expect(p.hasTimeWindows)
    }

    @Test("A route that misses every window or the day end has no schedule")
    func infeasibleRoutes() {
        let windows: [[TimeWindow]] = [[], [TimeWindow(open: 0, close: 1)], []]
        let p = TestInstances.line(clients: 2, dayEnd: 10, windows: windows)
        #expect(p.schedule(of: [2, 1]) == nil)
        let short = TestInstances.line(clients: 2, dayEnd: 3)
        #expect(short.schedule(of: [1, 2]) == nil)
        #expect(short.schedule(of: [1]) == [1])
    }
}
