using System.Text.RegularExpressions;

namespace WorkoutGenerator.Domain.Runs;

/// <summary>
/// Keyword rules over a normalized activity name (see <see cref="WorkoutNameText"/>), in English, Dutch, German,
/// French, Spanish, Portuguese, Italian and a little Hungarian. Words that only mean "run" (course, carrera,
/// corrida, corsa, Lauf, loop, hardloop, futás) are deliberately absent: Strava's default names ("Course à pied le
/// matin", "Carrera por la mañana", "Avondloop") use them for every run.
/// </summary>
internal static partial class WorkoutNameRules
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>
    /// The type a name states, or null. Where a name mentions several, the most specific session wins:
    /// recovery, then race, then long run (a long run with a tempo finish is still the week's long run), then
    /// intervals, then tempo, then easy ("Easy jog, then 3km tempo" is a tempo session).
    /// </summary>
    public static WorkoutType? Match(string normalized)
    {
        if (Recovery().IsMatch(normalized))
        {
            return WorkoutType.Recovery;
        }

        // "Run to parkrun", "Pre-race", "Routeburn not race", "Maine Marathon Spectating", "race pace" name a race
        // without being one.
        var aboutARace = !NotTheRace().IsMatch(normalized);
        if (aboutARace && (Race().IsMatch(normalized) || normalized.Contains("🏁", StringComparison.Ordinal)))
        {
            return WorkoutType.Race;
        }

        if (Long().IsMatch(normalized))
        {
            return WorkoutType.Long;
        }

        if (Interval().IsMatch(normalized))
        {
            return WorkoutType.Interval;
        }

        if (Tempo().IsMatch(normalized))
        {
            return WorkoutType.Tempo;
        }

        if (Easy().IsMatch(normalized))
        {
            return WorkoutType.Easy;
        }

        // A bare race distance ("Ashenfelter 8k", "1500m", "Queenstown Mile") is weaker evidence than any word
        // above, so it only speaks when nothing else did.
        return aboutARace && RaceDistance().IsMatch(normalized) ? WorkoutType.Race : null;
    }

    [GeneratedRegex(
        @"\b(?:(?<!(?:jog|walk|with|float) )recover\w*|recup|herstel\w*|regeneration\w*|regen|regenerativo|rigenerante|recuperation|"
        + @"recuperacion|recuperando|recupero|decrassage|shake ?out)\b",
        Options)]
    private static partial Regex Recovery();

    [GeneratedRegex(
        @"\b(?:pre ?race|warm ?up before|(?:run|jog|running|bike|ride) to|(?:to|from|before|after) (?:a |the )?(?:race|parkrun|park run)|not (?:a )?race|"
        + @"race ?pace|marathon ?pace|pacing|spectat\w*|cheering|marathon ?(?:training|prep\w*)|"
        + @"(?:run|jog) (?:to|back from|home from) (?:the )?(?:parkrun|park run|race))\b",
        Options)]
    private static partial Regex NotTheRace();

    [GeneratedRegex(
        @"\b(?:races?|raced|racing|\w*wedstrijd\w*|\w*wettkampf\w*|competition|competicion|competencia|gara|"
        + @"verseny\w*|prova|parkrun|park run|time trial|\w*mara(?:thon|ton|tona)|semi|ultra|relays?|estafette|"
        + @"staffel\w*|valto|futogala|cross country|xc|champs|championships?|meet(?! ?up)|heats|turkey trot)\b",
        Options)]
    private static partial Regex Race();

    [GeneratedRegex(
        @"\b(?:long(?:er)? ?(?:run|jog)|lr|lsd|sortie longue|tirada larga|salida larga|rodaje largo|fondo+|"
        + @"longao|longo|lungo|lunghissimo|lange (?:duur)?loop|langer (?:dauer)?lauf|hosszu\w*)\b|\blong$",
        Options)]
    private static partial Regex Long();

    [GeneratedRegex(
        @"\b(?:interval\w*|reps?|repeats?|repetitions?|herhalingen|wiederholungen|series|ripetute|tiros?|"
        + @"fractionne|vma|resztav\w*|sprints?|sprintek|speed ?(?:work|session)|leg speed|fartlek\w*|"
        + @"track (?:session|work|stuff|workout|intervals|reps)|baantraining|bahntraining|piste|"
        + @"hill ?(?:work|sprints?|bound\w*)|ladder|cotes|cuestas?|dombfutas\w*|pyramid|vo2 ?max|"
        + @"\d+ ?[x*×] ?\d+(?:[.,]\d+)? ?(?:m|km|k|mi|min|s|sec)?|\d{3,4}s)\b|^track$",
        Options)]
    private static partial Regex Interval();

    [GeneratedRegex(
        @"\b(?:tempo\w*|threshold|seuil|umbral|limiar|soglia|schwelle\w*|drempel\w*|kuszob\w*|cruise|"
        + @"progressi\w*|progresivo|fokozo|marathon ?pace|race ?pace|gmp|steady state|calidad|quality)\b",
        Options)]
    private static partial Regex Tempo();

    [GeneratedRegex(
        @"\b(?:easy|eay|jog\w*|rustig\w*|locker\w*|footing|rodaje|rodagem|suave\w*|lento|lenta|laza|kocog\w*|"
        + @"konnyu|z ?2|zona ?2|zone ?2|duurloop|dauerlauf|cruisy|chill\w*|slow|trottin\w*|warm ?(?:up|down)|wu|cool ?down|strides|"
        + @"calentamiento|calentando|enfriamiento|enfriando|inlopen|uitlopen|einlaufen|auslaufen|echauffement|"
        + @"retour au calme|afloje|aflojando|soltando|atmozgatas)\b",
        Options)]
    private static partial Regex Easy();

    [GeneratedRegex(@"\b(?:\d+(?:[.,]\d+)? ?k|\d{3,5} ?m|mile)\b", Options)]
    private static partial Regex RaceDistance();
}
