import Foundation

/// A check as GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`), which GitHub
/// shows as annotations on the pull request; one per problem, then a notice with the totals.
enum GitHubCommands {
    static func render(_ check: CheckReport) -> String {
        var out = ""
        for problem in check.problems {
            let command = switch problem.severity {
            case .error: "error"
            case .warning: "warning"
            case .info: "notice"
            }
            var properties = ["file=" + property(problem.file)]
            if let line = problem.line {
                properties.append("line=\(line)")
                if let column = problem.column { properties.append("col=\(column)") }
            }
            properties.append("title=" + property("tagdesk " + problem.kind))
            out += "::\(command) \(properties.joined(separator: ","))::\(data(problem.message))\n"
        }
        return out + "::notice title=tagdesk \(check.command)::\(data(TextReporter.summary(check)))\n"
    }

    /// A command's message: `%`, CR and LF escaped, as GitHub's runner unescapes them.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A property value: as `data`, and `:` and `,` escaped too.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
