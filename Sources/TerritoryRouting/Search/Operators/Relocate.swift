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
        let a = s.node(from, before: i), b = s.node(from, at: i + 1)
        let x = s.node(route, before: position), y = s.node(route, at: position)
        let removal = data.travel(a, b) &- data.travel(a, u) &- data.travel(u, b)
        let insertion = data.travel(x, u) &+ data.travel(u, y) &- data.travel(x, y)
        guard removal &+ insertion < limit else { return nil }
        let q = data.demand[Int(u)], service = Int64(data.service[Int(u)])
        if from == route {
            guard s.allows(route: from, travelDelta: removal &+ insertion, loadDelta: 0, serviceDelta: 0, data,
                           clients: { moved(s.routeClients[from], from: i, to: position) }) else { return nil }
        } else {
            guard s.allows(route: route, travelDelta: insertion, loadDelta: q, serviceDelta: service, data,
                           clients: { var c = s.routeClients[route]; c.insert(u, at: position); return c }),
                  s.allows(route: from, travelDelta: removal, loadDelta: -q, serviceDelta: -service, data,
                           clients: { var c = s.routeClients[from]; c.remove(at: i); return c })
            else { return nil }
        }
        return removal &+ insertion
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
