import ArgumentParser
import Foundation
import TagDeskCore
import TagDeskPlugins

extension TagDesk {
    struct Decide: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a human decision about an article in its decisions file.",
            discussion: """
                Adds one line to seeds/ID.decisions.yaml (creating it if needed), keeping every byte already \
                there, under the corpus lock. The decision records who, when, the article's SHA-256 and, for \
                line-scoped classifiers, a digest of each judged line, so a later pass follows the lines when the \
                article is edited. Run 'tagdesk classify ID' to apply it.

                --decision publish|review|hold records a moderation decision instead, which wins over the \
                policies' (e.g. publish an article a policy holds) for this version of the article.

                Examples:
                  tagdesk decide 000_54b95f3bc5afc1bd topic add culture --by alice --note "festival coverage"
                  tagdesk decide 000_54b95f3bc5afc1bd region set vn kh --by bob
                  tagdesk decide 000_54b95f3bc5afc1bd boilerplate remove template --lines 1 --by bob
                  tagdesk decide 000_54b95f3bc5afc1bd --decision publish --by carol --note "checked with the desk"

                \(ExitStatus.meanings) Here, the check that fails with 1 is the decision's: it was refused \
                (an unknown label, lines outside the article).
                """
        )

        @OptionGroup var corpus: CorpusOptions

        @Argument(help: "The article id or path.")
        var article: String

        @Argument(help: "The classifier the decision is about, e.g. topic.")
        var classifier: String?

        @Argument(help: "add (the label applies), remove (it does not) or set (exactly these labels).")
        var action: HumanDecision.Action?

        @Argument(help: "The label (add, remove) or labels (set).")
        var labels: [String] = []

        @Option(help: "Who decides (default: $TAGDESK_USER, then $USER).")
        var by: String?

        @Option(help: "Lines the decision is about, for line and paragraph classifiers: e.g. 3-5,7.")
        var lines: LineList?

        @Option(help: "Why, in a few words.")
        var note: String?

        @Option(help: "A moderation decision (publish, review or hold) that wins over the policies', instead of a classifier decision.")
        var decision: PolicyDecision.Outcome?

                @Flag(help: "Print the line that would be added, and write nothing.")
        var dryRun = false

        func validate() throws {
            if decision != nil {
                if classifier != nil || lines != nil { throw ValidationError("--decision takes no classifier, action, label or --lines") }
            } else if let action {
                if action != .set && labels.count != 1 { throw ValidationError("'\(action.rawValue)' takes exactly one label") }
                if action == .set && labels.isEmpty { throw ValidationError("'set' takes one or more labels") }
            } else {
                throw ValidationError("give a classifier, an action and labels, or --decision publish|review|hold")
            }
            if person.isEmpty { throw ValidationError("say who decides with --by NAME") }
        }

        var person: String {
            let environment = ProcessInfo.processInfo.environment
            return (by ?? environment["TAGDESK_USER"] ?? environment["USER"] ?? "").trimmingCharacters(in: .whitespaces)
        }

        func run() throws {
            let (found, pass) = try corpus.load()
            let id: String
            do {
                id = try found.resolve([article])[0]
            } catch {
                Output.error(error.description)
                throw ExitCode(ExitStatus.usageError.rawValue)
            }
            if let decision {
                do {
                    let (line, path) = try DecisionRecorder(corpus: found, ruleSet: pass.ruleSet)
                        .record(ModerationDecision(decision: decision, by: person, note: note), for: id, dryRun: dryRun)
                    Output.print(dryRun ? line + "\n" : "\(path): recorded '\(decision.rawValue)'; run 'tagdesk classify \(id)' to apply it\n")
                } catch {
                    for diagnostic in error.diagnostics { Output.error(diagnostic.description) }
                    throw ExitCode(ExitStatus.checkFailed.rawValue)
                }
                return
            }
            guard let classifier, let action else { return }
            let decision = HumanDecision(classifier: classifier, action: action,
                                         label: action == .set ? nil : labels.first, labels: action == .set ? labels : nil,
                                         lines: lines?.ranges, by: person, note: note)
            do {
                let recorded = try DecisionRecorder(corpus: found, ruleSet: pass.ruleSet).record(decision, for: id, dryRun: dryRun)
                for note in recorded.notes { Output.error(note.description) }
                if dryRun {
                    Output.print(recorded.line + "\n")
                } else {
                    Output.print("\(recorded.path): recorded \(recorded.decision.stableID); run 'tagdesk classify \(id)' to apply it\n")
                }
            } catch {
                for diagnostic in error.diagnostics { Output.error(diagnostic.description) }
                throw ExitCode(ExitStatus.checkFailed.rawValue)
            }
        }
    }
}

extension HumanDecision.Action: ExpressibleByArgument {}
extension PolicyDecision.Outcome: ExpressibleByArgument {}

/// `3-5,7` on the command line: line ranges.
struct LineList: ExpressibleByArgument {
    let ranges: [LineRange]

    init?(argument: String) {
        guard let ranges = LineRange.list(argument) else { return nil }
        self.ranges = ranges
    }
}
