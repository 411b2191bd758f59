import Foundation
import Testing

@testable import TerritoryBenchmark

@Suite("Independent solution checker")
struct SolutionCheckerTests {
    static let instance = try! CordeauReader.parse(
        """
        1 1 3 2
        12 15
        12 15
          0 0 0 0 0 0 0
          1 3 0 0 10 1 1 2
          2 0 4 0 5 2 1 3
          3 3 4 0 5 1 2 1 2
        """, name: "t", file: "t")

    @Test("A valid solution passes with its Euclidean cost")
    func valid() {
        let r = SolutionChecker.check(
            [
                BenchmarkRoute(day: 1, vehicle: 1, customers: [1, 2]),
                BenchmarkRoute(day: 2, vehicle: 1, customers: [2, 3]),
            ], of: Self.instance)
        #expect(r.violations == [])
        #expect(r.cost == 24)
    }

    @Test("Every broken rule is named")
    func violations() {
        let r = SolutionChecker.check(
            [
                BenchmarkRoute(day: 1, vehicle: 1, customers: [1, 2, 3]),
                BenchmarkRoute(day: 1, vehicle: 2, customers: []),
                BenchmarkRoute(day: 2, vehicle: 1, customers: [2, 2]),
            ], of: Self.instance)
        #expect(
            r.violations == [
                "day 1 vehicle 1: load 20 exceeds Q = 15",
                "day 1 vehicle 1: duration 16.0 exceeds D = 12.0",
                "day 1 vehicle 2: vehicle is outside 1...1",
                "customer 2 is visited twice on day 2",
                "day 1 uses 2 vehicles, more than m = 1",
            ])
        #expect(r.cost == 24)
    }

    @Test("A customer on a day set outside its combinations is rejected")
    func wrongCombination() {
        let r = SolutionChecker.check(
            [
                BenchmarkRoute(day: 1, vehicle: 1, customers: [3]),
                BenchmarkRoute(day: 2, vehicle: 1, customers: [1, 2]),
            ], of: Self.instance)
        #expect(
            r.violations == [
                "customer 1 is visited on days {2}, not an allowed combination",
                "customer 2 is visited on days {2}, not an allowed combination",
            ])
    }

    @Test(
        "Cordeau's published solutions pass and reproduce their stated costs",
        .enabled(if: BenchmarkFiles.available), arguments: BenchmarkFiles.cordeauNames)
    func publishedSolutions(name: String) throws {
        let instance = try CordeauReader.read(path: BenchmarkFiles.root + "/pvrp/instances/" + name)
        let file = try CordeauSolutionReader.read(path: BenchmarkFiles.root + "/pvrp/solutions/cordeau/\(name).res")
        let report = SolutionChecker.check(file.routes, of: instance)
        #expect(report.violations == [])
        #expect(abs(report.cost - file.cost) < 0.005)
    }

    @Test(
        "p13 at 3448.15, below the listed best-known 3492.89, passes every check: loads, vehicles a day, once a day, allowed day pairs",
        .enabled(if: BenchmarkFiles.available))
    func p13BelowListedBest() throws {
        let instance = try CordeauReader.read(path: BenchmarkFiles.root + "/pvrp/instances/p13")
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/p13-3448.15.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let routes = try #require(json["routes"] as? [[String: Any]]).map { r in
            BenchmarkRoute(day: r["day"] as! Int, vehicle: r["vehicle"] as! Int, customers: r["customers"] as! [Int])
        }
        let report = SolutionChecker.check(routes, of: instance)
        #expect(report.violations == [])
        #expect(abs(report.cost - 3448.15) < 0.005)
        // Every customer of p13 is visited: its 40 two-visit customers on one of the seven listed day pairs.
        #expect(Set(routes.flatMap(\.customers)).count == 417)
        #expect(routes.reduce(0) { $0 + $1.customers.count } == 457)
    }
}
