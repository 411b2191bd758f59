extension WorkingSolution {
    /// Traps when the bookkeeping disagrees with the routes: loads, travel, service, positions,
    /// start times, time costs, pattern days and penalties, recomputed from scratch. Compiled in
    /// only with `TERRITORY_INTERNAL_CHECKS` (debug builds: see Package.swift), as
    /// swift-collections does with its internal checks; release builds carry no cost.
    /// - Complexity: O(visits + routes + clients).
    @inline(__always)
    func checkInvariants(_ data: SearchData) {
        #if TERRITORY_INTERNAL_CHECKS
            var travelSum: Int64 = 0
            var timeSum: Int64 = 0
            var penaltySum: Int64 = 0
            var seen = [UInt64](repeating: 0, count: data.nodeCount)
            for r in 0..<data.routeCount {
                let clients = routeClients[r]
                let day = Int(data.routeDay[r])
                var load: Int32 = 0
                var travel: Int64 = 0
                var service: Int64 = 0
                var prev: Int32 = 0
                for (i, c) in clients.enumerated() {
                    load += data.demand[Int(c)]
                    travel += data.travel(prev, c)
                    service += Int64(data.service[Int(c)])
                    let v = day * data.nodeCount + Int(c)
                    precondition(visitRoute[v] == Int32(r) && visitPosition[v] == Int32(i), "visit of \(c) on day \(day) is not where route \(r) has it")
                    precondition(seen[Int(c)] & (UInt64(1) << UInt64(day)) == 0, "client \(c) twice on day \(day)")
                    seen[Int(c)] |= UInt64(1) << UInt64(day)
                    prev = c
                }
                if prev != 0 { travel += data.travel(prev, 0) }
                precondition(
                    load == routeLoad[r] && load <= data.capacity, "route \(r): load \(routeLoad[r]) recorded, \(load) real, capacity \(data.capacity)")
                precondition(travel == routeTravel[r] && service == routeService[r], "route \(r): travel or service out of date")
                if data.hasTimeWindows {
                    let states = data.clock.states(clients)
                    precondition(states != nil && states! == routeStarts[r], "route \(r): start times out of date or infeasible")
                }
                if data.hasTimeCost {
                    let cost = data.clock.states(clients).flatMap {
                        data.clock.cost(ofStates: $0, last: clients.last ?? 0, travel: travel, service: service)
                    }
                    precondition(cost == routeTimeCost[r], "route \(r): time cost \(routeTimeCost[r]) recorded, \(String(describing: cost)) real")
                }
                travelSum += travel
                timeSum += routeTimeCost[r]
            }
            precondition(travelSum == travelCost && timeSum == timeCost, "travel or time cost totals out of date")
            for c in 1..<max(1, data.nodeCount) {
                let expected = days(of: Int32(c), data)
                precondition(seen[c] == expected, "client \(c) visited on days \(seen[c]), its pattern says \(expected)")
                let penalty = penaltyOfClient[c]
                guard penalty >= 0 else {
                    precondition(expected == 0, "client \(c) has no pattern but days \(expected)")
                    continue
                }
                penaltySum += penalty
                let g = Int(data.groupOfNode[c])
                let spaced = Int(data.spacedOfGroup[g])
                if spaced >= 0 {
                    precondition(
                        data.spaced[spaced].penalty(of: expected) == penalty,
                        "client \(c): days \(expected) at penalty \(penalty) are not a pattern of its group")
                } else {
                    let listed = (Int(data.patternOffset[g])..<Int(data.patternOffset[g + 1])).contains {
                        data.patternDays[$0] == expected && data.patternPenalty[$0] == penalty
                    }
                    precondition(listed, "client \(c): days \(expected) at penalty \(penalty) are not a pattern of its group")
                }
            }
            precondition(penaltySum == penaltyCost, "penalty total \(penaltyCost) recorded, \(penaltySum) real")
        #endif
    }
}
