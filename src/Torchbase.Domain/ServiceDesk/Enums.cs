namespace Torchbase.Domain.ServiceDesk;

/// <summary>Where a request stands in its closed loop (闭环).</summary>
public enum RequestStatus { Submitted, Accepted, InProgress, Resolved, Closed }

/// <summary>
/// Who handles a request (《高歌奋起谱新篇》(2021)): the chief service officer and the park on the spot; the park leading the departments
/// (园区吹哨、部门报到); the district joint meeting (区级联席会议); the principal party and government leaders.
/// </summary>
public enum HandlingLevel { Officer = 1, ParkDepartments = 2, JointMeeting = 3, PrincipalLeaders = 4 }

public enum RequestAction { Accept, Start, Escalate, Resolve, Confirm, Reopen }

/// <summary>The side an actor is on, as far as the workflow cares.</summary>
public enum ActorKind { Enterprise, Officer, Department, Leader }

public enum RequestSource { Enterprise, Visit, Officer }

public enum RequestCategory { Finance, Land, Approval, Talent, Policy, Utilities, Market, Technology, Other }

public enum Urgency { Normal, Urgent, Critical }

/// <summary>Where a request's current deadline stands on a given day.</summary>
public enum DeadlineState { None, OnTime, DueSoon, Overdue }

/// <summary>The enterprise lifecycle stages of agency services (代办, 《擂台比武争先锋 比学赶超促发展》(2024)).</summary>
public enum LifecycleStage { Opening, AccessPermits, InvestmentConstruction, Operation, ChangeRenewal, Exit }

public enum AgencyCaseStatus { Open, Completed }
