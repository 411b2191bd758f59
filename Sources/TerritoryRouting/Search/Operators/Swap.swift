/// Swap (exchange): clients `u` and `v`, both visited on `day`, trade places.
struct Swap: RouteMove {
    static let name = "swap"
    /// First client.
    let u: Int32
    /// Second client.
    let v: Int32
    /// The day both are visited.
    let day: Int

    func evaluate(_ s: WorkingSolution, _ data: SearchData, below limit: Int64) -> Int64? {
        let base = day * data.nodeCount
        let ru = Int(s.visitRoute[base + Int(u)]), rv = Int(s.visitRoute[base + Int(v)])
        var i = Int(s.visitPosition[base + Int(u)]), j = Int(s.visitPosition[base + Int(v)])
        var (p, q) = (u, v)
        if ru == rv && j < i { swap(&i, &j); swap(&p, &q) }
        let a = s.node(ru, before: i), b = s.node(ru, at: i + 1)
        let c = s.node(rv, before: j), e = s.node(rv, at: j + 1)
        if ru == rv {
            let delta: Int64
            if j == i + 1 {
                delta = data.travel(a, q) &+ data.travel(q, p) &+ data.travel(p, e)
                    &- data.travel(a, p) &- data.travel(p, q) &- data.travel(q, e)
            } else {
                delta = data.travel(a, q) &+ data.travel(q, b) &- data.travel(a, p) &- data.travel(p, b)
                    &+ data.travel(c, p) &+ data.travel(p, e) &- data.travel(c, q) &- data.travel(q, e)
            }
            guard delta < limit, s.allows(route: ru, travelDelta: delta, loadDelta: 0, serviceDelta: 0, data, clients: {
                var x = s.routeClients[ru]; x.swapAt(i, j); return x
            }) else { return nil }
            return delta
        }
        let du = data.travel(a, v) &+ data.travel(v, b) &- data.travel(a, u) &- data.travel(u, b)
        let dv = data.travel(c, u) &+ data.travel(u, e) &- data.travel(c, v) &- data.travel(v, e)
        guard du &+ dv < limit else { return nil }
        let dq = data.demand[Int(v)] &- data.demand[Int(u)]
        let ds = Int64(data.service[Int(v)]) &- Int64(data.service[Int(u)])
        guard s.allows(route: ru, travelDelta: du, loadDelta: dq, serviceDelta: ds, data, clients: {
                  var x = s.routeClients[ru]; x[i] = v; return x }),
              s.allows(route: rv, travelDelta: dv, loadDelta: -dq, serviceDelta: -ds, data, clients: {
                  var x = s.routeClients[rv]; x[j] = u; return x })
        else { return nil }
        return du &+ dv
    }

    func apply(to s: inout WorkingSolution, _ data: SearchData) {
        let base = day * data.nodeCount
        let ru = Int(s.visitRoute[base + Int(u)]), rv = Int(s.visitRoute[base + Int(v)])
        let i = Int(s.visitPosition[base + Int(u)]), j = Int(s.visitPosition[base + Int(v)])
        s.routeClients[ru][i] = v
        s.routeClients[rv][j] = u
        s.refreshRoute(ru, data)
        if rv != ru { s.refreshRoute(rv, data) }
    }
}
