/// Compares ids the way people read them: digit runs by value, so `H2` < `H10`.
public enum NaturalOrder {
    /// Whether `a` comes before `b`.
    public static func less(_ a: String, _ b: String) -> Bool {
        var i = a.unicodeScalars.makeIterator()
        var j = b.unicodeScalars.makeIterator()
        var x = i.next()
        var y = j.next()
        while let p = x, let q = y {
            if p.properties.numericType != nil && ("0"..."9").contains(p), ("0"..."9").contains(q) {
                var n1 = ""
                var n2 = ""
                while let c = x, ("0"..."9").contains(c) {
                    n1.unicodeScalars.append(c)
                    x = i.next()
                }
                while let c = y, ("0"..."9").contains(c) {
                    n2.unicodeScalars.append(c)
                    y = j.next()
                }
                let t1 = n1.drop { $0 == "0" }
                let t2 = n2.drop { $0 == "0" }
                if t1.count != t2.count { return t1.count < t2.count }
                if t1 != t2 { return t1 < t2 }
                continue
            }
            if p != q { return p.value < q.value }
            x = i.next()
            y = j.next()
        }
        if x == nil && y == nil { return a < b }
        return x == nil
    }
}
