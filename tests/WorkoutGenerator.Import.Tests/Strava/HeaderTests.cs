using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Import.Strava.Columns;

namespace WorkoutGenerator.Import.Tests.Strava;

public sealed class HeaderTests
{
    [Fact]
    public void Should_take_the_second_Distance_as_metres_and_the_second_Elapsed_Time_as_elapsed()
    {
        // Given Strava's duplicated Distance / Elapsed Time columns, the first in km and whole seconds
        var csv = CsvText.Read(CsvText.EnglishHeader, CsvText.Row(display: "9.83", meters: "9833.3", elapsedWhole: "5381", elapsed: "5381.5", moving: "2950.0"));

        // When / Then the metre column and the float elapsed column are used
        var run = Assert.Single(csv.Runs);
        Assert.Equal(9833.3, run.Distance.Meters, 6);
        Assert.Equal(5381.5, run.ElapsedTime!.Value.TotalSeconds, 6);
        Assert.Equal(2950.0, run.MovingTime.TotalSeconds, 6);
        Assert.Equal("en", csv.Language);
        Assert.Equal(ExportLayout.Current, csv.Layout);
    }

    [Theory]
    [InlineData("<span class=\"translation_missing\" title=\"translation missing: en-US.lib.export.x.type\">Type</span>", "Type")]
    [InlineData("  Moving Time ", "Moving Time")]
    [InlineData("\uFEFFActivity ID", "Activity ID")]
    [InlineData("Caf&eacute; <b>Time</b>", "Café Time")]
    [InlineData("Data dell\u2019attività", "Data dell'attività")]
    [InlineData("Date de l\u2018activité", "Date de l'activité")]
    [InlineData("Type d\u02BCactivité", "Type d'activité")]
    public void Should_strip_html_and_trim_header_names(string raw, string expected)
    {
        // Given a header cell / When cleaned / Then
        Assert.Equal(expected, HeaderMap.Clean(raw));
    }

    [Fact]
    public void Should_map_by_name_past_an_inserted_column_and_html_span_headers()
    {
        // Given nz-harcombe's shape: an owner's run_type column after Activity Type and HTML spans in names
        var header = "Activity ID,Activity Date,Activity Name,Activity Type,run_type,Activity Description,Elapsed Time,Distance,Filename,Elapsed Time,Moving Time,Distance,"
            + "\"<span class=\"\"translation_missing\"\" title=\"\"x\"\">Elevation Gain</span>\",Average Heart Rate";
        var row = "7,\"Nov 28, 2015, 9:06:08 PM\",Routeburn,Run,long_run,,17248,31.15,activities/7.tcx.gz,17248,15343,31149.599609375,1776.99499511719,";

        // When
        var csv = CsvText.Read(header, row);

        // Then
        var run = Assert.Single(csv.Runs);
        Assert.Equal(31149.599609375, run.Distance.Meters, 6);
        Assert.Equal(15343, run.MovingTime.TotalSeconds, 6);
        Assert.Equal(1776.99499511719, run.ElevationGain!.Value.Meters, 6);
        Assert.Null(run.AverageHeartRate);
        Assert.Equal("activities/7.tcx.gz", run.ActivityFileName);
        Assert.Empty(csv.Issues);
    }

    [Theory]
    [InlineData("nl", "Activiteits-ID,Datum van activiteit,Naam activiteit,Activiteitstype,Verstreken tijd,Afstand,Bestandsnaam,Verstreken tijd,Beweegtijd,Afstand,Totale stijging,Gemiddelde hartslag",
        "1,\"8 jul 2017, 15:25:34\",Middagloop,Hardloopsessie,3107,\"9,72\",activities/1.fit.gz,3107.0,2950.0,9721.5,72.1,", "2017-07-08T15:25:34Z", SportType.Run)]
    [InlineData("es", "Id. de actividad,Fecha de la actividad,Nombre de la actividad,Tipo de actividad,Tiempo transcurrido,Distancia,Nombre de archivo,Tiempo transcurrido,Tiempo en movimiento,Distancia,Desnivel positivo,Ritmo cardíaco promedio",
        "1,\"2 ago 2026, 12:20:32\u202Fp.m.\",Carrera,Carrera,2735,9.75,,2735.0,2950.0,9749.0,137.4,163.0", "2026-08-02T12:20:32Z", SportType.Run)]
    [InlineData("de", "Aktivitäts-ID,Aktivitätsdatum,Name der Aktivität,Aktivitätsart,Verstrichene Zeit,Distanz,Dateiname,Verstrichene Zeit,Bewegungszeit,Distanz,Höhenzunahme,Durchschnittliche Herzfrequenz",
        "1,\"12.03.2024, 18:00:00\",Laufband,Lauf,3000,\"10,00\",,3000.0,2950.0,10000.0,0.0,150.0", "2024-03-12T18:00:00Z", SportType.Run)]
    [InlineData("fr", "ID de l'activité,Date de l'activité,Nom de l'activité,Type d'activité,Temps écoulé,Distance,Nom du fichier,Temps écoulé,Temps de déplacement,Distance,Dénivelé positif,Fréquence cardiaque moyenne",
        "1,\"12 déc. 2023, 07:05:09\",Sortie,Trail,3000,\"10,00\",,3000.0,2950.0,10000.0,5.0,", "2023-12-12T07:05:09Z", SportType.TrailRun)]
    [InlineData("it", "ID attività,Data attività,Nome attività,Tipo attività,Tempo trascorso,Distanza,Nome file,Tempo trascorso,Tempo in movimento,Distanza,Dislivello positivo,Frequenza cardiaca media",
        "1,\"3 mag 2022, 06:00:00\",Corsa,Corsa virtuale,3000,\"10,00\",,3000.0,2950.0,10000.0,,", "2022-05-03T06:00:00Z", SportType.VirtualRun)]
    [InlineData("pt", "ID da atividade,Data da atividade,Nome da atividade,Tipo de atividade,Tempo decorrido,Distância,Nome do arquivo,Tempo decorrido,Tempo em movimento,Distância,Ganho de elevação,Frequência cardíaca média",
        "1,\"5 de out. de 2021, 19:45:00\",Corrida,Corrida,3000,\"10,00\",,3000.0,2950.0,10000.0,,", "2021-10-05T19:45:00Z", SportType.Run)]
    public void Should_read_translated_headers_and_detect_the_language(string language, string header, string row, string startUtc, SportType sport)
    {
        // Given a translated export / When
        var csv = CsvText.Read(header, row);

        // Then
        Assert.Equal(language, csv.Language);
        var run = Assert.Single(csv.Runs);
        Assert.Equal(DateTimeOffset.Parse(startUtc, System.Globalization.CultureInfo.InvariantCulture), run.StartUtc);
        Assert.Equal(TimeSpan.Zero, run.StartUtc.Offset);
        Assert.Equal(sport, run.SportType);
        Assert.True(run.Distance.Meters > 9000);
        Assert.Equal(2950, run.MovingTime.TotalSeconds, 6);
        Assert.DoesNotContain(csv.Issues, i => i.Severity != ImportIssueSeverity.Warning);
    }

    [Theory]
    [InlineData("it", "\u2019", "ID attività,Data dell'attività,Nome dell'attività,Tipo attività,Tempo trascorso,Distanza,Nome file,Tempo trascorso,Tempo in movimento,Distanza",
        "1,\"3 mag 2022, 06:00:00\",Corsa mattutina,Corsa,3000,\"10,00\",,3000.0,2950.0,10000.0", "2022-05-03T06:00:00Z")]
    [InlineData("it", "\u2018", "ID attività,Data dell'attività,Nome dell'attività,Tipo attività,Tempo trascorso,Distanza,Nome file,Tempo trascorso,Tempo in movimento,Distanza",
        "1,\"3 mag 2022, 06:00:00\",Corsa mattutina,Corsa,3000,\"10,00\",,3000.0,2950.0,10000.0", "2022-05-03T06:00:00Z")]
    [InlineData("it", "\u02BC", "ID attività,Data dell'attività,Nome dell'attività,Tipo attività,Tempo trascorso,Distanza,Nome file,Tempo trascorso,Tempo in movimento,Distanza",
        "1,\"3 mag 2022, 06:00:00\",Corsa mattutina,Corsa,3000,\"10,00\",,3000.0,2950.0,10000.0", "2022-05-03T06:00:00Z")]
    [InlineData("fr", "\u2019", "ID de l'activité,Date de l'activité,Nom de l'activité,Type d'activité,Temps écoulé,Distance,Nom du fichier,Temps écoulé,Temps de déplacement,Distance",
        "1,\"12 déc. 2023, 07:05:09\",Sortie,Course à pied,3000,\"10,00\",,3000.0,2950.0,10000.0", "2023-12-12T07:05:09Z")]
    [InlineData("fr", "\u02BC", "ID de l'activité,Date de l'activité,Nom de l'activité,Type d'activité,Temps écoulé,Distance,Nom du fichier,Temps écoulé,Temps de déplacement,Distance",
        "1,\"12 déc. 2023, 07:05:09\",Sortie,Course à pied,3000,\"10,00\",,3000.0,2950.0,10000.0", "2023-12-12T07:05:09Z")]
    public void Should_read_a_header_written_with_typographic_apostrophes_as_its_ascii_spelling(string language, string apostrophe, string header, string row, string startUtc)
    {
        // Given an export whose header spells every apostrophe as the typographic one Strava writes (dell’attività)
        var typographic = header.Replace("'", apostrophe, StringComparison.Ordinal);

        // When
        var csv = CsvText.Read(typographic, row);

        // Then the columns are found by name, as with the ASCII spelling, and the run is read
        Assert.Equal(language, csv.Language);
        var run = Assert.Single(csv.Runs);
        Assert.Equal(DateTimeOffset.Parse(startUtc, System.Globalization.CultureInfo.InvariantCulture), run.StartUtc);
        Assert.Equal(10000.0, run.Distance.Meters, 6);
        Assert.Equal(2950, run.MovingTime.TotalSeconds, 6);
        Assert.Empty(csv.Issues);
    }

    [Fact]
    public void Should_find_a_column_by_position_when_its_translation_is_unknown()
    {
        // Given a 21-column English-order header whose Moving Time (index 16) is spelt in no table
        var names = new[]
        {
            "Activity ID", "Activity Date", "Activity Name", "Activity Type", "Activity Description", "Elapsed Time", "Distance", "Max Heart Rate",
            "Relative Effort", "Commute", "Activity Private Note", "Activity Gear", "Filename", "Athlete Weight", "Bike Weight", "Elapsed Time",
            "Zeit unterwegs", "Distance", "Max Speed", "Average Speed", "Elevation Gain",
        };
        var values = new[] { "5", "\"Mar 12, 2024, 6:00:00 PM\"", "Run", "Run", "", "3000", "10.00", "", "", "", "", "", "", "", "", "3000.0", "2950.0", "10000.0", "", "", "12.0" };

        // When
        var csv = CsvText.Read(string.Join(',', names), string.Join(',', values));

        // Then the column is used and the guess is reported
        Assert.Equal(2950, Assert.Single(csv.Runs).MovingTime.TotalSeconds, 6);
        Assert.Equal("activities.csv:1:17 (Zeit unterwegs): no column named as MovingTime is expected; using column 17 by its position",
            Assert.Single(csv.Issues).ToString());
    }

    [Fact]
    public void Should_read_the_legacy_layout_in_metres_with_iso_dates()
    {
        // Given a pre-2019 export
        var csv = CsvText.Read(
            "id,date,name,type,description,elapsed_time,distance,commute,gear,filename",
            "193569569,2014-09-12 16:54:28,Evening Ride,Ride,,9462,43057.4,false,,activities/193569569.gpx",
            "300000001,2015-06-16 14:27:56,Morning Run,Run,,1800,5012.5,false,,activities/300000001.gpx");

        // When / Then
        Assert.Equal(ExportLayout.Legacy, csv.Layout);
        var run = Assert.Single(csv.Runs);
        Assert.Equal(new DateTimeOffset(2015, 6, 16, 14, 27, 56, TimeSpan.Zero), run.StartUtc);
        Assert.Equal(5012.5, run.Distance.Meters, 6);
        Assert.Equal(1800, run.MovingTime.TotalSeconds, 6);
        Assert.Equal("activities/300000001.gpx", run.ActivityFileName);
        Assert.Equal("Ride", Assert.Single(csv.OtherActivities).Sport);
        Assert.Equal("activities.csv:1: the file has no moving time column; each run's moving time is its elapsed time", Assert.Single(csv.Issues).ToString());
    }

    [Fact]
    public void Should_fail_with_an_error_for_a_file_that_is_not_an_activities_csv()
    {
        // Given / When
        var csv = CsvText.Read("foo,bar", "1,2");

        // Then
        var issue = Assert.Single(csv.Issues);
        Assert.Equal(ImportIssueSeverity.Error, issue.Severity);
        Assert.Equal("activities.csv:0: The header is not a Strava activities.csv header: no activity id or date column among \"foo,bar...\".", issue.ToString());
    }
}
