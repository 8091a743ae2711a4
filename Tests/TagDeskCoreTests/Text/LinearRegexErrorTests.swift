import Testing
@testable import TagDeskCore

@Suite struct LinearRegexErrorTests {
    static let syntaxErrors: [(String, String)] = [
        ("(Ha", "invalid regex '(Ha' at offset 3: missing closing parenthesis"),
        ("[abc", "invalid regex '[abc' at offset 4: missing closing bracket"),
        ("abc)", "at offset 3: unmatched closing parenthesis"),
        ("*a", "at offset 0: nothing to repeat before '*'"),
        ("a**", "at offset 2: nothing to repeat before '*'"),
        ("[z-a]", "at offset 1: range 'z-a' is out of order; expected the lower character first"),
        ("a{5,2}", "at offset 1: repetition {5,2} has its minimum above its maximum"),
        ("a{,2}", "at offset 1: expected a repetition count like {2}, {2,} or {2,5}"),
        (#"ab\"#, "at offset 2: trailing backslash"),
        (#"\q"#, #"at offset 0: unsupported escape '\q'"#),
        (#"\p{Foo}"#, #"unknown property \p{Foo}; expected a general category"#),
        (#"\x{110000}"#, "U+110000 is not a Unicode scalar value"),
        ("[a[b]]", "at offset 2: nested classes and set operations"),
        ("(?<1>a)", "expected a group name of ASCII letters and digits"),
        ("Nguo\u{302}\u{300}n(", "at offset 6: missing closing parenthesis"),  // offsets count characters
    ]

    static let unsupported: [(String, String)] = [
        (#"(a)\1"#, #"regex '(a)\1' uses a backreference (\1), which TagDesk does not support: patterns run in linear time, without backtracking"#),
        (#"(?<n>a)\k<n>"#, #"uses a backreference (\k<name>)"#),
        ("a(?=b)", "uses a lookahead (?=...), which TagDesk does not support: patterns run in linear time"),
        ("a(?!b)", "uses a negative lookahead (?!...)"),
        ("(?<=a)b", "uses a lookbehind (?<=...)"),
        ("(?<!a)b", "uses a negative lookbehind (?<!...)"),
        ("a*+", "uses a possessive quantifier (*+)"),
        ("a{2}+", "uses a possessive quantifier ({2}+)"),
        ("(?>a)", "uses an atomic group (?>...)"),
        ("(?s).", "uses the inline flag 's' (?s), which TagDesk does not support"),
    ]

    static let tooLarge: [(String, String)] = [
        ("a{1,100000}", "regex 'a{1,100000}' is too large (the repetition {1,100000} at offset 1 goes over the limit of 1000"),
        ("a{1001}", "is too large (the repetition {1001} at offset 1"),
        ("(a{1,999}){1,999}", "is too large (1996002 instructions after expanding repetitions; the limit is 20000)"),
        ("((a{1,100}){1,100}){1,100}", "instructions after expanding repetitions; the limit is 20000)"),
        (String(repeating: "(", count: 200) + "a" + String(repeating: ")", count: 200), "groups nest more than 100 deep"),
    ]

    static let emptyMatches = [#"^\s*$"#, "a*", "(x)?", #"\b"#, "a|", "x{0}", "(?i)", "()", "^", #"(\s|x?)+"#]

    @Test(arguments: syntaxErrors + unsupported + tooLarge)
    func refusedPatternsSayWhyAtThePatternsPlace(pattern: String, message: String) throws {
        let diagnostic = try #require(LinearRegexFixture.diagnostic(for: pattern))
        #expect(diagnostic.message.contains(message), "\(diagnostic.message)")
        #expect(diagnostic.location == LinearRegexFixture.location)
        #expect(diagnostic.snippet?.contains("patterns: [") == true)
    }

    @Test(arguments: emptyMatches)
    func patternsThatMatchTheEmptyStringAreRuleErrors(pattern: String) throws {
        let diagnostic = try #require(LinearRegexFixture.diagnostic(for: pattern))
        #expect(diagnostic.message == "regex '\(pattern)' matches the empty string, so it would tag every line; "
            + "expected a pattern that needs at least one character")
        #expect(diagnostic.location == LinearRegexFixture.location)
    }

    @Test(arguments: [#"^\s*>>.*\S"#, "x{0}y", "(?#note)a", "(?<name>a)", #"[\w-.]"#, #"\0101"#, "a{1000}", "[]a]",
                      #"(?i)\bHà Nội\b"#, #"\x41\u00e9\t"#, "a|b", "(a|)b"])
    func acceptedPatterns(pattern: String) {
        #expect(LinearRegexFixture.diagnostic(for: pattern) == nil)
    }

    @Test func onlyCompilationDecidesEmptiness() throws {
        // Each needs a character somewhere, though every part around it may be empty.
        #expect(try LinearRegexFixture.firstMatch(#"^\s*(x?)\s*!"#, in: "  !") == "  !")
        #expect(try LinearRegexFixture.firstMatch(#"(\s|x?)+z"#, in: " xz") == " xz")
    }
}
