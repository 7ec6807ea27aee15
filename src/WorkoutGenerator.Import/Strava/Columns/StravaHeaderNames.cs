using System.Collections.Frozen;

namespace WorkoutGenerator.Import.Strava.Columns;

/// <summary>
/// Header names per account language. English, Dutch and Spanish come from real exports; German, French, Italian
/// and Portuguese from public code that reads localized exports where found (de: Aktivitäts-ID, Aktivitätsdatum,
/// Name der Aktivität, Aktivitätsart, Verstrichene Zeit, Distanz, Dateiname; fr: ID de l'activité, Date de
/// l'activité, Nom de l'activité, Nom du fichier) and Strava's wording elsewhere. A name that is wrong here is
/// recovered by position (see <see cref="HeaderMap"/>), so the table need not be perfect to work.
/// </summary>
internal static class StravaHeaderNames
{
    /// <summary>Where each field sits in the 99-column English layout; the positional fallback uses it.</summary>
    public static readonly FrozenDictionary<StravaField, int> CanonicalIndex = new Dictionary<StravaField, int>
    {
        [StravaField.Id] = 0,
        [StravaField.Date] = 1,
        [StravaField.Name] = 2,
        [StravaField.Type] = 3,
        [StravaField.ElapsedTimeWhole] = 5,
        [StravaField.DisplayDistance] = 6,
        [StravaField.Filename] = 12,
        [StravaField.ElapsedTime] = 15,
        [StravaField.MovingTime] = 16,
        [StravaField.Distance] = 17,
        [StravaField.ElevationGain] = 20,
        [StravaField.AverageHeartRate] = 31,
        [StravaField.Competition] = 95,
        [StravaField.LongRun] = 96,
    }.ToFrozenDictionary();

    /// <summary>Language code, then the names of each field. Elapsed time and distance are listed once: the first
    /// occurrence maps to the whole-second/display column, the second to the float/metre column.</summary>
    public static readonly IReadOnlyList<(string Language, IReadOnlyDictionary<StravaField, string[]> Names)> Languages =
    [
        ("en", Table(
            id: ["Activity ID"], date: ["Activity Date"], name: ["Activity Name"], type: ["Activity Type"],
            elapsed: ["Elapsed Time"], distance: ["Distance"], filename: ["Filename"], moving: ["Moving Time"],
            elevation: ["Elevation Gain"], heartRate: ["Average Heart Rate"], competition: ["Competition"], longRun: ["Long Run"])),
        ("nl", Table(
            id: ["Activiteits-ID"], date: ["Datum van activiteit"], name: ["Naam activiteit"], type: ["Activiteitstype"],
            elapsed: ["Verstreken tijd"], distance: ["Afstand"], filename: ["Bestandsnaam"], moving: ["Beweegtijd"],
            elevation: ["Totale stijging", "Hoogteverschil"], heartRate: ["Gemiddelde hartslag"], competition: ["Wedstrijd"], longRun: ["Lange loop", "Duurloop"])),
        ("es", Table(
            id: ["Id. de actividad", "ID de actividad"], date: ["Fecha de la actividad"], name: ["Nombre de la actividad"], type: ["Tipo de actividad"],
            elapsed: ["Tiempo transcurrido"], distance: ["Distancia"], filename: ["Nombre de archivo", "Nombre del archivo"], moving: ["Tiempo en movimiento"],
            elevation: ["Desnivel positivo"], heartRate: ["Ritmo cardíaco promedio", "Frecuencia cardíaca promedio"], competition: ["Competencia", "Competición"], longRun: ["Carrera larga"])),
        ("de", Table(
            id: ["Aktivitäts-ID"], date: ["Aktivitätsdatum"], name: ["Name der Aktivität", "Aktivitätsname"], type: ["Aktivitätsart"],
            elapsed: ["Verstrichene Zeit", "Gesamtzeit"], distance: ["Distanz", "Entfernung", "Strecke"], filename: ["Dateiname"], moving: ["Bewegungszeit", "Zeit in Bewegung"],
            elevation: ["Höhenzunahme", "Höhenmeter", "Anstieg"], heartRate: ["Durchschnittliche Herzfrequenz"], competition: ["Wettkampf"], longRun: ["Langer Lauf"])),
        ("fr", Table(
            id: ["ID de l'activité", "Identifiant de l'activité"], date: ["Date de l'activité"], name: ["Nom de l'activité"], type: ["Type d'activité"],
            elapsed: ["Temps écoulé", "Durée écoulée"], distance: ["Distance"], filename: ["Nom du fichier"], moving: ["Temps de déplacement", "Durée de déplacement"],
            elevation: ["Dénivelé positif"], heartRate: ["Fréquence cardiaque moyenne"], competition: ["Compétition"], longRun: ["Sortie longue"])),
        ("it", Table(
            id: ["ID attività"], date: ["Data attività", "Data dell'attività"], name: ["Nome attività", "Nome dell'attività"], type: ["Tipo attività", "Tipo di attività"],
            elapsed: ["Tempo trascorso"], distance: ["Distanza"], filename: ["Nome file", "Nome del file"], moving: ["Tempo in movimento"],
            elevation: ["Dislivello positivo"], heartRate: ["Frequenza cardiaca media"], competition: ["Gara"], longRun: ["Corsa lunga", "Lungo"])),
        ("pt", Table(
            id: ["ID da atividade"], date: ["Data da atividade"], name: ["Nome da atividade"], type: ["Tipo de atividade", "Tipo da atividade"],
            elapsed: ["Tempo decorrido"], distance: ["Distância"], filename: ["Nome do arquivo", "Nome do ficheiro"], moving: ["Tempo em movimento"],
            elevation: ["Ganho de elevação", "Ganho de altitude"], heartRate: ["Frequência cardíaca média"], competition: ["Competição"], longRun: ["Corrida longa", "Longão"])),
    ];

    /// <summary>The pre-2019 export's lower-case, English-only header.</summary>
    public static readonly FrozenDictionary<string, StravaField> Legacy = new Dictionary<string, StravaField>(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = StravaField.Id,
        ["date"] = StravaField.Date,
        ["name"] = StravaField.Name,
        ["type"] = StravaField.Type,
        ["elapsed_time"] = StravaField.ElapsedTime,
        ["moving_time"] = StravaField.MovingTime,
        ["distance"] = StravaField.Distance,
        ["elevation_gain"] = StravaField.ElevationGain,
        ["average_heart_rate"] = StravaField.AverageHeartRate,
        ["filename"] = StravaField.Filename,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static Dictionary<StravaField, string[]> Table(
        string[] id, string[] date, string[] name, string[] type, string[] elapsed, string[] distance, string[] filename,
        string[] moving, string[] elevation, string[] heartRate, string[] competition, string[] longRun) => new()
        {
            [StravaField.Id] = id,
            [StravaField.Date] = date,
            [StravaField.Name] = name,
            [StravaField.Type] = type,
            [StravaField.ElapsedTimeWhole] = elapsed,
            [StravaField.DisplayDistance] = distance,
            [StravaField.Filename] = filename,
            [StravaField.MovingTime] = moving,
            [StravaField.ElevationGain] = elevation,
            [StravaField.AverageHeartRate] = heartRate,
            [StravaField.Competition] = competition,
            [StravaField.LongRun] = longRun,
        };
}
