using System.Diagnostics;
using PantryPilot.Domain.RecipeModel;
using Xunit.Abstractions;
namespace PantryPilot.Domain.Tests;
public class Scratch(ITestOutputHelper o)
{
    [Fact]
    public void Probe()
    {
        var diet = RecipeDiet.Default;
        var planner = new SamplePlanner(RecipeCorpus.Default, diet, new Dictionary<string, double> { ["none"] = 0.25, ["vegetarian"] = 0.25, ["vegan"] = 0.15, ["dairy-free"] = 0.15, ["gluten-free"] = 0.15, ["pescatarian"] = 0.05 });
        var teacher = new TemplateTeacher(diet, 0.1);
        var lines = Enumerable.Range(0, 5000).Select(i => { var p = planner.Plan(7, i); var a = teacher.Answer(p); return RecipeModelJson.Serialize(SampleFactory.Create(p, a.Answer!, "template", a.InjectedFault)); }).ToArray();
        var filter = new RecipeSampleFilter(diet, new FilterSettings());
        var best = double.MaxValue;
        for (var round = 0; round < 8; round++)
        {
            var sw = Stopwatch.StartNew();
            var c = lines.Select((l, i) => SampleReader.Read(l, "b", i).Candidate!).ToArray();
            var read = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var kept = 0;
            for (var i = 0; i < c.Length; i++) { kept += filter.Judge(c[i], i).Kept is null ? 0 : 1; }
            var judge = sw.Elapsed.TotalMilliseconds;
            var cpu0 = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < c.Length; i++) { filter.Judge(c[i], i); }
            var cpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds;
            best = Math.Min(best, cpu);
            o.WriteLine($"cpu judge {cpu * 1000 / lines.Length:F1} us/sample (best {best * 1000 / lines.Length:F1})");
            var m = PantryPilot.Domain.Ingredients.IngredientMatcher.Default;
            sw.Restart();
            foreach (var x in c) { var pantry = x.Pantry.Select(p => p.Name).ToArray(); foreach (var ing in x.Answer!.Ingredients) { m.Match(ing.Name, pantry); } }
            var match = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            foreach (var x in c) { var listed = x.Answer!.Ingredients.Select(p => p.Name).ToArray(); foreach (var st in x.Answer.Steps) { foreach (var mm in m.Mentions(st)) { m.Resolve(mm, listed); } } }
            var steps = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            foreach (var x in c) { foreach (var ing in x.Answer!.Ingredients) { diet.Check([PantryPilot.Domain.Ontology.DietaryConstraint.Vegan], ing.Name); } }
            var dietT = sw.Elapsed.TotalMilliseconds;
            double Cpu(Action a) { var t0 = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime; a(); return (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - t0).TotalMilliseconds * 1000 / lines.Length; }
            var tMent = Cpu(() => { foreach (var x in c) { foreach (var st in x.Answer!.Steps) { m.Mentions(st); } } });
            var tRes = Cpu(() => { foreach (var x in c) { var listed = x.Answer!.Ingredients.Select(p => p.Name).ToArray(); var pantry = x.Pantry.Select(p => p.Name).ToArray(); foreach (var st in x.Answer.Steps) { foreach (var mm in m.Mentions(st)) { if (m.Resolve(mm, listed).Kind == PantryPilot.Domain.Ingredients.MatchKind.None) { m.Resolve(mm, x.Answer.SuggestedAdditions); m.Resolve(mm, pantry); } } } } });
            var tKey = Cpu(() => { foreach (var x in c) { foreach (var i in x.Answer!.Ingredients) { m.Key(i.Name); } } });
            var tPre = Cpu(() => { foreach (var x in c) { diet.PreFilter([PantryPilot.Domain.Ontology.DietaryConstraint.Vegan], x.Pantry); } });
            o.WriteLine($"   cpu mentions {tMent:F1} resolve {tRes:F1} key {tKey:F1} prefilter {tPre:F1}");
            o.WriteLine($"   match {match * 1000 / lines.Length:F1} steps {steps * 1000 / lines.Length:F1} diet {dietT * 1000 / lines.Length:F1}");
            o.WriteLine($"round {round}: read {read * 1000 / lines.Length:F1} us/sample, judge {judge * 1000 / lines.Length:F1} us/sample, kept {kept}");
        }
    }
}
