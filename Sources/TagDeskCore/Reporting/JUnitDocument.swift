/// A check as JUnit XML, for CI test views: a suite of rule examples (one test case each, failing with
/// expected and actual labels), and a suite of the corpus (one failing test case per other failing problem,
/// one passing case when there is none). Warnings that do not fail are left out.
enum JUnitDocument {
    static func render(_ check: CheckReport) -> String {
        var suites: [String] = []
        if !check.examples.isEmpty {
            let cases = check.examples.map { outcome -> String in
                let example = outcome.example
                let short = example.text.count > 60 ? String(example.text.prefix(60)) + "…" : example.text
                let name = "\(example.location.file):\(example.location.line) \(short)"
                let open = "    <testcase classname=\"examples.\(XMLText.escaped(example.classifier))\" name=\"\(XMLText.escaped(name))\""
                guard !outcome.passed else { return open + "/>\n" }
                let message = "expected: \(example.labels.joined(separator: ", ")); got: \(outcome.actual.joined(separator: ", "))"
                return open + ">\n      <failure type=\"example-failed\" message=\"\(XMLText.escaped(message))\"/>\n    </testcase>\n"
            }
            suites.append(suite("rule-examples", cases: cases, failures: check.examples.count { !$0.passed }))
        }
        let failing = check.problems.filter { check.fails($0) && $0.kind != "example-failed" }
        var cases = failing.map { problem -> String in
            let name = problem.headline
            return "    <testcase classname=\"corpus.\(XMLText.escaped(problem.kind))\" name=\"\(XMLText.escaped(name))\">\n"
                + "      <failure type=\"\(XMLText.escaped(problem.kind))\" message=\"\(XMLText.escaped(problem.message))\"/>\n    </testcase>\n"
        }
        if cases.isEmpty {
            cases = ["    <testcase classname=\"corpus\" name=\"\(check.articles) articles: nothing fails\"/>\n"]
        }
        suites.append(suite("corpus", cases: cases, failures: failing.count))
        let tests = check.examples.count + cases.count
        let failures = check.examples.count { !$0.passed } + failing.count
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"tagdesk \(check.command)\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\">\n"
            + suites.joined() + "</testsuites>\n"
    }

    private static func suite(_ name: String, cases: [String], failures: Int) -> String {
        "  <testsuite name=\"\(name)\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
            + cases.joined() + "  </testsuite>\n"
    }
}
