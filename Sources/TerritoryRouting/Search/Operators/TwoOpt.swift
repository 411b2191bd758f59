/// 2-opt (intra-route): reverse the clients at positions `i...j` of route `route`.
struct TwoOpt: RouteMove {
    static let name = "2-opt"
    /// The route.
    let route: Int
    /// First reversed position.
    let i: Int
    /// Last reversed position (`j > i`).
    let j: Int

    func evaluate(_ s: WorkingSolution, _ data: SearchData, below limit: Int64) -> Int64? {
        guard i < j else { return nil }
        let c = s.routeClients[route]
        let x = s.node(route, before: i), y = s.node(route, at: j + 1)
        var delta = data.travel(x, c[j]) &+ data.travel(c[i], y) &- data.travel(x, c[i]) &- data.travel(c[j], y)
        if !data.isSymmetric {
            for k in i..<j { delta &+= data.travel(c[k + 1], c[k]) &- data.travel(c[k], c[k + 1]) }
        }
        guard delta < limit, s.allows(route: route, travelDelta: delta, loadDelta: 0, serviceDelta: 0, data, clients: {
            var r = c; r[i...j].reverse(); return r
        }) else { return nil }
        return delta
    }

    func apply(to s: inout WorkingSolution, _ data: SearchData) {
        s.routeClients[route][i...j].reverse()
        s.refreshRoute(route, data)
    }
}
