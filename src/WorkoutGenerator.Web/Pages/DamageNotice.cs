using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>The stored run rows left out as damaged, each with what is wrong, above a page's runs; nothing when there are none.</summary>
internal static class DamageNotice
{
    public static void Write(HtmlWriter html, IReadOnlyList<StoredRunDamage> damaged)
    {
        if (damaged.Count == 0)
        {
            return;
        }

        html.Open("div", ("id", "damaged-runs"), ("class", "damage"), ("role", "status"), ("data-testid", "damaged-runs"), ("data-count", Formats.Count(damaged.Count)));
        foreach (var damage in damaged)
        {
            html.Element("p", damage.Display);
        }

        html.Close("div");
    }
}
