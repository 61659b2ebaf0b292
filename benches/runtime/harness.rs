//! A small timing harness: every candidate of a group is measured in the same run,
//! interleaved round by round, and reported as a ratio to errtable.
//!
//! Why not criterion: it adds ~60 crates to the bench build (minutes on 2 cores, in CI
//! too) and reports each function on its own; this needs the peers side by side as
//! ratios, and an allocation count, in a few hundred lines.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Counts every allocation, so the report can show that an operation allocates nothing.
pub struct CountingAlloc;

static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);

// SAFETY: forwards every call to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the caller's contract for `alloc` is passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System.alloc` above, with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the caller's contract for `realloc` is passed on as is.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

fn allocations() -> u64 {
    ALLOCATIONS.load(Ordering::Relaxed)
}

/// One implementation of an operation: a closure that runs it once on every input and
/// returns a checksum (how many inputs it decoded, bytes it wrote, …).
pub struct Candidate<'a> {
    name: &'static str,
    ours: bool,
    checked: bool,
    run: Box<dyn FnMut() -> u64 + 'a>,
}

impl<'a> Candidate<'a> {
    /// errtable's implementation; the first one of a group is the one ratios are of.
    pub fn ours(name: &'static str, run: impl FnMut() -> u64 + 'a) -> Self {
        Candidate {
            name,
            ours: true,
            checked: true,
            run: Box::new(run),
        }
    }

    /// A peer's implementation.
    pub fn peer(name: &'static str, run: impl FnMut() -> u64 + 'a) -> Self {
        Candidate {
            name,
            ours: false,
            checked: true,
            run: Box::new(run),
        }
    }

    /// Marks a candidate whose checksum differs by design (it answers a different
    /// question, such as std's kind instead of a row).
    pub fn unchecked(mut self) -> Self {
        self.checked = false;
        self
    }
}

/// How long to measure, and what.
#[derive(Clone, Copy)]
pub struct Config {
    /// Samples per candidate; the median is reported.
    pub rounds: usize,
    /// The time one sample should take.
    pub sample: Duration,
    /// Only the groups whose title contains this.
    pub group: Option<&'static str>,
    /// Only the candidates whose name contains this (for profiling one of them).
    pub candidate: Option<&'static str>,
}

impl Config {
    /// Enough to be stable on a shared 2-core machine: ~20 s in all.
    pub const BENCH: Config = Config {
        rounds: 31,
        sample: Duration::from_micros(400),
        group: None,
        candidate: None,
    };
    /// One short round: checks that everything runs and agrees, measures nothing.
    pub const SMOKE: Config = Config {
        rounds: 1,
        sample: Duration::from_micros(1),
        group: None,
        candidate: None,
    };
}

struct Measured {
    name: &'static str,
    ours: bool,
    ns_per_op: f64,
    allocations_per_op: f64,
}

/// Measures every candidate of a group on `ops` inputs per call and prints a Markdown
/// table: time per operation and errtable's time divided by each one's.
pub fn group(title: &str, ops: usize, mut candidates: Vec<Candidate<'_>>, config: Config) {
    if config.group.is_some_and(|group| !title.contains(group)) {
        return;
    }
    if let Some(only) = config.candidate {
        candidates.retain(|candidate| candidate.name.contains(only));
    }
    check_agreement(title, &mut candidates);
    let reps: Vec<u64> = candidates
        .iter_mut()
        .map(|c| calibrate(c, config.sample))
        .collect();
    let mut samples = vec![Vec::with_capacity(config.rounds); candidates.len()];
    for round in 0..config.rounds {
        // Rotating the order spreads any warm-up or drift over every candidate.
        for offset in 0..candidates.len() {
            let i = (round + offset) % candidates.len();
            samples[i].push(time(&mut candidates[i], reps[i]));
        }
    }
    let measured: Vec<Measured> = candidates
        .iter_mut()
        .zip(samples)
        .zip(&reps)
        .map(|((candidate, samples), &reps)| Measured {
            name: candidate.name,
            ours: candidate.ours,
            ns_per_op: median(samples).as_nanos() as f64 / (reps as f64 * ops as f64),
            allocations_per_op: allocations_per_op(candidate, ops),
        })
        .collect();
    print_table(title, &measured);
}

fn check_agreement(title: &str, candidates: &mut [Candidate<'_>]) {
    let mut expected: Option<(&str, u64)> = None;
    for candidate in candidates.iter_mut().filter(|c| c.checked) {
        let sum = (candidate.run)();
        match expected {
            None => expected = Some((candidate.name, sum)),
            Some((first, want)) => assert_eq!(
                sum, want,
                "{title}: {} disagrees with {first}: the candidates do not do the same work",
                candidate.name
            ),
        }
    }
}

fn calibrate(candidate: &mut Candidate<'_>, sample: Duration) -> u64 {
    let once = time(candidate, 1).max(Duration::from_nanos(1));
    (sample.as_nanos() / once.as_nanos()).clamp(1, 1_000_000) as u64
}

fn time(candidate: &mut Candidate<'_>, reps: u64) -> Duration {
    let start = Instant::now();
    for _ in 0..reps {
        std::hint::black_box((candidate.run)());
    }
    start.elapsed()
}

fn allocations_per_op(candidate: &mut Candidate<'_>, ops: usize) -> f64 {
    let before = allocations();
    std::hint::black_box((candidate.run)());
    (allocations() - before) as f64 / ops as f64
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort_unstable();
    samples[samples.len() / 2]
}

fn print_table(title: &str, measured: &[Measured]) {
    let Some(ours) = measured.iter().find(|m| m.ours) else {
        return;
    };
    println!("\n### {title}\n");
    println!(
        "| implementation | ns/op | allocs/op | {} ÷ this |",
        ours.name
    );
    println!("|---|---:|---:|---:|");
    for m in measured {
        let marker = if m.ours { "**" } else { "" };
        println!(
            "| {marker}{}{marker} | {:.2} | {} | {:.2} |",
            m.name,
            m.ns_per_op,
            m.allocations_per_op,
            ours.ns_per_op / m.ns_per_op
        );
    }
}
