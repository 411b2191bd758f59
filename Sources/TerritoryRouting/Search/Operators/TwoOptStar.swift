/// 2-opt* (inter-route tail exchange): route `a` keeps its first `i` clients and takes route
/// `b`'s clients from position `j` on; route `b` keeps its first `j` and takes `a`'s tail.
struct TwoOptStar: RouteMove {
    static let name = "2-opt*"
    /// First route.
    let a: Int
    /// Clients of `a` kept (`0...count`).
    let i: Int
    /// Second route, same day, different from `a`.
    let b: Int
    /// Clients of `b` kept (`0...count`).
    let j: Int

    func evaluate(_ s: WorkingSolution, _ data: SearchData, below limit: Int64) -> Int64? {
        let ca = s.routeClients[a]
        let cb = s.routeClients[b]
        let x = s.node(a, before: i)
        let y = s.node(a, at: i)
        let p = s.node(b, before: j)
        let q = s.node(b, at: j)
        if y == 0 && q == 0 { return nil }
        func emptyOr(_ head: Int32, _ tail: Int32) -> Int64 { head == 0 && tail == 0 ? 0 : data.travel(head, tail) }
        let delta = emptyOr(x, q) &+ emptyOr(p, y) &- emptyOr(x, y) &- emptyOr(p, q)
        // Without a time cost the travel delta decides; with one, the bound below (once tails are known).
        if !data.hasTimeCost && delta >= limit { return nil }
        var loadA: Int32 = 0
        var loadB: Int32 = 0
        var serviceA: Int64 = 0
        var serviceB: Int64 = 0
        var travelA: Int64 = 0
        var travelB: Int64 = 0
        var prev: Int32 = 0
        for k in 0..<i {
            loadA &+= data.demand[Int(ca[k])]
            serviceA &+= Int64(data.service[Int(ca[k])])
            travelA &+= data.travel(prev, ca[k])
            prev = ca[k]
        }
        prev = 0
        for k in 0..<j {
            loadB &+= data.demand[Int(cb[k])]
            serviceB &+= Int64(data.service[Int(cb[k])])
            travelB &+= data.travel(prev, cb[k])
            prev = cb[k]
        }
        // Head of a + tail of b: travel = headA + (x→q) + tailB.
        let tailTravelA = s.routeTravel[a] &- travelA &- emptyOr(x, y)
        let tailTravelB = s.routeTravel[b] &- travelB &- emptyOr(p, q)
        let tailLoadA = s.routeLoad[a] &- loadA
        let tailLoadB = s.routeLoad[b] &- loadB
        let tailServiceA = s.routeService[a] &- serviceA
        let tailServiceB = s.routeService[b] &- serviceB
        let newTravelA = travelA &+ emptyOr(x, q) &+ tailTravelB
        let newTravelB = travelB &+ emptyOr(p, y) &+ tailTravelA
        let travelDeltaA = newTravelA &- s.routeTravel[a]
        let travelDeltaB = newTravelB &- s.routeTravel[b]
        let serviceDeltaA = tailServiceB &- tailServiceA
        guard
            delta &- s.maxTimeGain(route: a, travelDelta: travelDeltaA, serviceDelta: serviceDeltaA, data)
                &- s.maxTimeGain(route: b, travelDelta: travelDeltaB, serviceDelta: -serviceDeltaA, data) < limit,
            let timeA = s.timeDelta(
                route: a, travelDelta: travelDeltaA, loadDelta: tailLoadB &- tailLoadA,
                serviceDelta: serviceDeltaA, data,
                edit: RouteEdit(count: i + cb.count - j, prefix: i, suffixFrom: i, shift: j - i, tail: b),
                client: { k in k < i ? ca[k] : cb[k - i + j] }),
            let timeB = s.timeDelta(
                route: b, travelDelta: travelDeltaB, loadDelta: tailLoadA &- tailLoadB,
                serviceDelta: -serviceDeltaA, data,
                edit: RouteEdit(count: j + ca.count - i, prefix: j, suffixFrom: j, shift: i - j, tail: a),
                client: { k in k < j ? cb[k] : ca[k - j + i] })
        else { return nil }
        let total = delta &+ timeA &+ timeB
        return total < limit ? total : nil
    }

    func apply(to s: inout WorkingSolution, _ data: SearchData) {
        let ca = s.routeClients[a]
        let cb = s.routeClients[b]
        s.routeClients[a] = Array(ca[..<i]) + cb[j...]
        s.routeClients[b] = Array(cb[..<j]) + ca[i...]
        s.refreshRoute(a, data)
        s.refreshRoute(b, data)
    }
}
