namespace SupportBot.Cards.Tests.Templating;

/// <summary>
/// Every construct the binder supports, with the result the official adaptivecards-templating 2.3.1
/// engine gives (OfficialTemplatingTests replays each case there).
/// </summary>
public static class BindingCases
{
    private const string Data = """
        {
          "s": "hi", "n": 17, "f": 1.5, "b": true, "bf": false, "es": "",
          "o": { "a": "x" }, "arr": ["a", "b"],
          "items": [{ "t": "one", "ok": true }, { "t": "two", "ok": false }],
          "none": []
        }
        """;

    private const string UserText = """
        { "title": "Server says ${s} and \"quotes\" 'too' }", "s": "hi" }
        """;

    public static IReadOnlyList<BindingCase> All { get; } =
    [
        new("whole-string-keeps-string", """{ "v": "${s}" }""", Data, """{ "v": "hi" }"""),
        new("whole-string-keeps-number", """{ "v": "${n}" }""", Data, """{ "v": 17 }"""),
        new("whole-string-keeps-boolean", """{ "v": "${b}" }""", Data, """{ "v": true }"""),
        new("whole-string-keeps-object", """{ "v": "${o}" }""", Data, """{ "v": { "a": "x" } }"""),
        new("whole-string-literal-is-text", """{ "v": "${1}" }""", Data, """{ "v": "1" }"""),
        new("embedded-interpolates-as-text", """{ "v": "v ${n} ${f} ${b} ${o} ${arr} ${s}!" }""", Data, """{ "v": "v 17 1.5 true [object Object] a,b hi!" }"""),
        new("missing-whole-string-left-as-path", """{ "v": "${missing}" }""", Data, """{ "v": "${missing}" }"""),
        new("missing-embedded-left-as-path", """{ "v": "a ${o.zz} b ${$root.zz} ${missing.deep}" }""", Data, """{ "v": "a ${o.zz} b ${$root.zz} ${missing.deep}" }"""),
        new("missing-counted-as-its-path-text", """{ "v": "a ${count(missing)} b" }""", Data, """{ "v": "a 10 b" }"""),
        new("data-array-repeats-with-index-and-root", """{ "x": [{ "$data": "${items}", "t": "${t} ${$index} ${$root.s}" }] }""", Data, """{ "x": [{ "t": "one 0 hi" }, { "t": "two 1 hi" }] }"""),
        new("data-array-index-whole-string-is-number", """{ "x": [{ "$data": "${items}", "i": "${$index}" }] }""", Data, """{ "x": [{ "i": 0 }, { "i": 1 }] }"""),
        new("data-nested-repeats", """{ "x": [{ "$data": "${items}", "y": [{ "$data": "${$root.arr}", "v": "${$data}${$index}" }] }] }""", Data, """{ "x": [{ "y": [{ "v": "a0" }, { "v": "b1" }] }, { "y": [{ "v": "a0" }, { "v": "b1" }] }] }"""),
        new("data-empty-array-drops-element", """{ "x": [{ "$data": "${none}", "t": "${t}" }, 1] }""", Data, """{ "x": [1] }"""),
        new("data-single-item-as-property-is-object", """{ "x": { "$data": "${items[0]}", "t": "${t}" } }""", Data, """{ "x": { "t": "one" } }"""),
        new("data-object-rescopes", """{ "x": { "$data": "${o}", "t": "${a}" } }""", Data, """{ "x": { "t": "x" } }"""),
        new("data-missing-renders-once-unbound", """{ "x": [{ "$data": "${missing}", "t": "${t}" }] }""", Data, """{ "x": [{ "t": "${t}" }] }"""),
        new("when-with-data-filters-items", """{ "x": [{ "$data": "${items}", "$when": "${ok}", "t": "${t}" }] }""", Data, """{ "x": [{ "t": "one" }] }"""),
        new("when-true-keeps", """{ "x": [{ "$when": "${b}", "k": 1 }] }""", Data, """{ "x": [{ "k": 1 }] }"""),
        new("when-false-drops", """{ "x": [{ "$when": "${bf}", "k": 1 }] }""", Data, """{ "x": [] }"""),
        new("when-missing-drops", """{ "x": [{ "$when": "${missing}", "k": 1 }] }""", Data, """{ "x": [] }"""),
        new("when-not-missing-keeps", """{ "x": [{ "$when": "${!missing}", "k": 1 }] }""", Data, """{ "x": [{ "k": 1 }] }"""),
        new("when-not-empty-string-drops", """{ "x": [{ "$when": "${!es}", "k": 1 }] }""", Data, """{ "x": [] }"""),
        new("when-exists-missing-drops", """{ "x": [{ "$when": "${exists(missing)}", "k": 1 }] }""", Data, """{ "x": [] }"""),
        new("when-exists-present-keeps", """{ "x": [{ "$when": "${exists(s)}", "k": 1 }] }""", Data, """{ "x": [{ "k": 1 }] }"""),
        new("when-count-above-zero-keeps", """{ "x": [{ "$when": "${count(items) > 0}", "k": 1 }] }""", Data, """{ "x": [{ "k": 1 }] }"""),
        new("when-count-of-empty-drops", """{ "x": [{ "$when": "${count(none) > 0}", "k": 1 }] }""", Data, """{ "x": [] }"""),
        new("when-count-of-missing-drops", """{ "x": [{ "$when": "${count(missing) > 0}", "k": 1 }] }""", Data, """{ "x": [] }"""),
        new("when-equals-keeps", """{ "x": [{ "$when": "${s == 'hi'}", "k": 1 }] }""", Data, """{ "x": [{ "k": 1 }] }"""),
        new("when-missing-equals-drops", """{ "x": [{ "$when": "${missing == 'hi'}", "k": 1 }] }""", Data, """{ "x": [] }"""),
        new("when-missing-not-equals-keeps", """{ "x": [{ "$when": "${missing != 'hi'}", "k": 1 }] }""", Data, """{ "x": [{ "k": 1 }] }"""),
        new("when-and-or-not", """{ "x": [{ "$when": "${n > 3 && !(bf || es == 'x')}", "k": 1 }] }""", Data, """{ "x": [{ "k": 1 }] }"""),
        new("when-string-value-drops", """{ "x": [{ "$when": "${s}", "k": 1 }] }""", Data, """{ "x": [] }"""),
        new("when-plain-text-drops", """{ "x": [{ "$when": "true", "k": 1 }] }""", Data, """{ "x": [] }"""),
        new("when-empty-function-keeps", """{ "x": [{ "$when": "${empty(es)}", "k": 1 }] }""", Data, """{ "x": [{ "k": 1 }] }"""),
        new("when-false-as-property-leaves-null", """{ "x": { "$when": "${bf}", "k": 1 }, "y": 2 }""", Data, """{ "x": null, "y": 2 }"""),
        new("reserved-properties-removed", """{ "$root": 1, "$index": 2, "$host": 3, "k": "${s}" }""", Data, """{ "k": "hi" }"""),
        new("unclosed-expression-stays-text", """{ "v": "a ${s", "w": "${" }""", Data, """{ "v": "a ${s", "w": "${" }"""),
        new("expression-braces-inside-quotes", """{ "v": "${s == '}'}" }""", Data, """{ "v": false }"""),
        new("embedded-failure-written-back", """{ "v": "a ${count(n)} b" }""", Data, """{ "v": "a ${count(n)} b" }"""),
        new("template-null-in-array-dropped", """{ "x": [1, null, "${s}"], "y": null }""", Data, """{ "x": [1, "hi"], "y": null }"""),
        new("user-text-whole-string-not-evaluated", """{ "v": "${title}" }""", UserText, """{ "v": "Server says ${s} and \"quotes\" 'too' }" }"""),
        new("user-text-embedded-not-evaluated", """{ "v": "Title: ${title}." }""", UserText, """{ "v": "Title: Server says ${s} and \"quotes\" 'too' }." }"""),
        new("user-text-in-submit-data-not-evaluated", """{ "data": { "reply": "${title}" } }""", UserText, """{ "data": { "reply": "Server says ${s} and \"quotes\" 'too' }" } }"""),
    ];

    public static TheoryData<BindingCase> Theory()
    {
        var data = new TheoryData<BindingCase>();
        foreach (var bindingCase in All)
        {
            data.Add(bindingCase);
        }

        return data;
    }
}
