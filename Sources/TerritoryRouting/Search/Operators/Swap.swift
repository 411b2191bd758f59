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
        let ru = Int(s.visitRoute[base + Int(u)])
        let rv = Int(s.visitRoute[base + Int(v)])
        var i = Int(s.visitPosition[base + Int(u)])
        var j = Int(s.visitPosition[base + Int(v)])
        var (p, q) = (u, v)
        if ru == rv && j < i {
            swap(&i, &j)
            swap(&p, &q)
        }
        let a = s.node(ru, before: i)
        let b = s.node(ru, at: i + 1)
        let c = s.node(rv, before: j)
        let e = s.node(rv, at: j + 1)
        if ru == rv {
            let old = s.routeClients[ru]
            let delta: Int64
            if j == i + 1 {
                delta =
                    data.travel(a, q) &+ data.travel(q, p) &+ data.travel(p, e)
                    &- data.travel(a, p) &- data.travel(p, q) &- data.travel(q, e)
            } else {
                delta =
                    data.travel(a, q) &+ data.travel(q, b) &- data.travel(a, p) &- data.travel(p, b)
                    &+ data.travel(c, p) &+ data.travel(p, e) &- data.travel(c, q) &- data.travel(q, e)
            }
            guard delta &- s.maxTimeGain(route: ru, travelDelta: delta, serviceDelta: 0, data) < limit,
                let time = s.timeDelta(
                    route: ru, travelDelta: delta, loadDelta: 0, serviceDelta: 0, data,
                    edit: RouteEdit(count: old.count, prefix: i, suffixFrom: j + 1, shift: 0, tail: ru),
                    client: { k in k == i ? q : k == j ? p : old[k] }),
                delta &+ time < limit
            else { return nil }
            return delta &+ time
        }
        let du = data.travel(a, v) &+ data.travel(v, b) &- data.travel(a, u) &- data.travel(u, b)
        let dv = data.travel(c, u) &+ data.travel(u, e) &- data.travel(c, v) &- data.travel(v, e)
        let cu = s.routeClients[ru]
        let cv = s.routeClients[rv]
        let dq = data.demand[Int(v)] &- data.demand[Int(u)]
        let ds = Int64(data.service[Int(v)]) &- Int64(data.service[Int(u)])
        guard
            du &+ dv &- s.maxTimeGain(route: ru, travelDelta: du, serviceDelta: ds, data)
                &- s.maxTimeGain(route: rv, travelDelta: dv, serviceDelta: -ds, data) < limit,
            let timeU = s.timeDelta(
                route: ru, travelDelta: du, loadDelta: dq, serviceDelta: ds, data,
                edit: RouteEdit(count: cu.count, prefix: i, suffixFrom: i + 1, shift: 0, tail: ru),
                client: { k in k == i ? v : cu[k] }),
            let timeV = s.timeDelta(
                route: rv, travelDelta: dv, loadDelta: -dq, serviceDelta: -ds, data,
                edit: RouteEdit(count: cv.count, prefix: j, suffixFrom: j + 1, shift: 0, tail: rv),
                client: { k in k == j ? u : cv[k] })
        else { return nil }
        let delta = du &+ dv &+ timeU &+ timeV
        return delta < limit ? delta : nil
    }

    func apply(to s: inout WorkingSolution, _ data: SearchData) {
        let base = day * data.nodeCount
        let ru = Int(s.visitRoute[base + Int(u)])
        let rv = Int(s.visitRoute[base + Int(v)])
        let i = Int(s.visitPosition[base + Int(u)])
        let j = Int(s.visitPosition[base + Int(v)])
        s.routeClients[ru][i] = v
        s.routeClients[rv][j] = u
        s.refreshRoute(ru, data)
        if rv != ru { s.refreshRoute(rv, data) }
    }
}
