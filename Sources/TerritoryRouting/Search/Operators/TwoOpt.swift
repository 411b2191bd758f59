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
        let x = s.node(route, before: i)
        let y = s.node(route, at: j + 1)
        var delta = data.travel(x, c[j]) &+ data.travel(c[i], y) &- data.travel(x, c[i]) &- data.travel(c[j], y)
        if !data.isSymmetric {
            for k in i..<j { delta &+= data.travel(c[k + 1], c[k]) &- data.travel(c[k], c[k + 1]) }
        }
        guard delta &- s.maxTimeGain(route: route, travelDelta: delta, serviceDelta: 0, data) < limit,
            let time = s.timeDelta(
                route: route, travelDelta: delta, loadDelta: 0, serviceDelta: 0, data,
                edit: RouteEdit(count: c.count, prefix: i, suffixFrom: j + 1, shift: 0, tail: route),
                client: { k in k >= i && k <= j ? c[i + j - k] : c[k] }),
            delta &+ time < limit
        else { return nil }
        return delta &+ time
    }

    func apply(to s: inout WorkingSolution, _ data: SearchData) {
        s.routeClients[route][i...j].reverse()
        s.refreshRoute(route, data)
    }
}
