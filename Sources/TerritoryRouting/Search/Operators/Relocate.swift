/// Relocate: move one visit (client `u` on day `day`) to position `position` of route `route`
/// (another route of the same day, or elsewhere in its own route).
struct Relocate: RouteMove {
    static let name = "relocate"
    /// The client whose visit moves.
    let u: Int32
    /// The day of the visit.
    let day: Int
    /// Target route (same day).
    let route: Int
    /// Insertion position in the target route as it is now (before removing `u`).
    let position: Int

    func evaluate(_ s: WorkingSolution, _ data: SearchData, below limit: Int64) -> Int64? {
        let v = day * data.nodeCount + Int(u)
        let from = Int(s.visitRoute[v])
        let i = Int(s.visitPosition[v])
        if from == route && (position == i || position == i + 1) { return nil }
        let a = s.node(from, before: i)
        let b = s.node(from, at: i + 1)
        let x = s.node(route, before: position)
        let y = s.node(route, at: position)
        let removal = data.travel(a, b) &- data.travel(a, u) &- data.travel(u, b)
        let insertion = data.travel(x, u) &+ data.travel(u, y) &- data.travel(x, y)
        let q = data.demand[Int(u)]
        let service = Int64(data.service[Int(u)])
        if from == route {
            // `u` moves from position i to position k of the new list.
            let k = position > i ? position - 1 : position
            let old = s.routeClients[from]
            let travel = removal &+ insertion
            guard travel &- s.maxTimeGain(route: from, travelDelta: travel, serviceDelta: 0, data) < limit,
                let time = s.timeDelta(
                    route: from, travelDelta: travel, loadDelta: 0, serviceDelta: 0, data,
                    edit: RouteEdit(
                        count: s.routeClients[from].count, prefix: min(i, k),
                        suffixFrom: max(i, k) + 1, shift: 0, tail: from),
                    client: { p in p == k ? u : p < min(i, k) || p > max(i, k) ? old[p] : k > i ? old[p + 1] : old[p - 1] }),
                travel &+ time < limit
            else { return nil }
            return travel &+ time
        }
        let target = s.routeClients[route]
        let source = s.routeClients[from]
        guard
            removal &+ insertion &- s.maxTimeGain(route: route, travelDelta: insertion, serviceDelta: service, data)
                &- s.maxTimeGain(route: from, travelDelta: removal, serviceDelta: -service, data) < limit,
            let timeTo = s.timeDelta(
                route: route, travelDelta: insertion, loadDelta: q, serviceDelta: service, data,
                edit: .insertion(at: position, into: target.count, route: route),
                client: { p in p < position ? target[p] : p == position ? u : target[p - 1] }),
            let timeFrom = s.timeDelta(
                route: from, travelDelta: removal, loadDelta: -q, serviceDelta: -service, data,
                edit: .removal(at: i, from: source.count, route: from),
                client: { p in p < i ? source[p] : source[p + 1] })
        else { return nil }
        let delta = removal &+ insertion &+ timeTo &+ timeFrom
        return delta < limit ? delta : nil
    }

    func apply(to s: inout WorkingSolution, _ data: SearchData) {
        let v = day * data.nodeCount + Int(u)
        let from = Int(s.visitRoute[v])
        let i = Int(s.visitPosition[v])
        if from == route {
            s.routeClients[from] = moved(s.routeClients[from], from: i, to: position)
        } else {
            s.routeClients[from].remove(at: i)
            s.routeClients[route].insert(u, at: position)
            s.refreshRoute(route, data)
        }
        s.refreshRoute(from, data)
    }

    /// `clients` with the element at `i` moved to sit before the element now at `k`.
    private func moved(_ clients: [Int32], from i: Int, to k: Int) -> [Int32] {
        var c = clients
        let x = c.remove(at: i)
        c.insert(x, at: k > i ? k - 1 : k)
        return c
    }
}
