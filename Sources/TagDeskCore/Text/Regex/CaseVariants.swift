/// The case variants of one literal scalar (at most four, as `θ Θ ϑ ϴ`), compared without a table lookup when matching.
struct CaseVariants: Sendable, Equatable {
    private let first: Unicode.Scalar
    private let second: Unicode.Scalar
    private let third: Unicode.Scalar
    private let fourth: Unicode.Scalar

    /// - Parameter variants: one to four scalars; later ones repeat the first.
    init(_ variants: [Unicode.Scalar]) {
        first = variants[0]
        second = variants.count > 1 ? variants[1] : first
        third = variants.count > 2 ? variants[2] : first
        fourth = variants.count > 3 ? variants[3] : first
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar == first || scalar == second || scalar == third || scalar == fourth
    }
}
