namespace WorkoutGenerator.Demo;

/// <summary>Where a week sits in the athlete's season.</summary>
internal enum DemoPhase
{
    /// <summary>Between marathon blocks: moderate volume, workouts most weeks, the occasional short race.</summary>
    Base,

    /// <summary>A marathon block: the Sunday long run grows toward 20 mi.</summary>
    Build,

    /// <summary>The lighter week of a 3+1 (or 2+1) cycle.</summary>
    StepBack,

    /// <summary>The 2-3 weeks before a marathon, volume cut progressively.</summary>
    Taper,

    /// <summary>The week ending with the marathon on Sunday.</summary>
    MarathonWeek,

    /// <summary>The two weeks after a marathon: short easy runs only.</summary>
    Recovery,

    /// <summary>Illness or a niggle: no running at all.</summary>
    Break,

    /// <summary>The week after the break: a few short easy runs.</summary>
    Return,
}
