// English first names (for donors', consultants' and researchers' names in English text).
import { words } from "./words.js";

/** Common English first names, women's and men's, and the English names women take for work (Lily, Candy, Destiny). */
export const ENGLISH_FIRST_NAMES: readonly string[] = words(`
  Abigail Ada Alice Alison Amanda Amber Amy Andrea Angela Ann Anna Anne April Ashley Audrey Barbara
  Beth Betty Brenda Carol Caroline Catherine Charlotte Chloe Christina Christine Claire Clara Cynthia
  Deborah Debra Denise Diana Diane Donna Dorothy Eleanor Elizabeth Ella Ellen Emily Emma Erin Eva
  Evelyn Fiona Frances Grace Hannah Heather Helen Holly Isabel Isabella Jane Janet Jennifer Jenny
  Jessica Joan Joanna Joy Judith Julia Julie June Karen Kate Katherine Kathleen Kathryn Kelly
  Kimberly Laura Lauren Linda Lisa Lucy Lydia Margaret Maria Marie Martha Mary Megan Melissa
  Michelle Molly Nancy Natalie Nicole Olivia Pamela Patricia Rachel Rebecca Rose Ruth Sally
  Samantha Sandra Sarah Sara Sharon Sophia Sophie Stephanie Susan Teresa Victoria Virginia Wendy Jess Bella
  Lily Lilly Daisy Ruby Crystal Candy Cherry Angel Stella Luna Mia Kira Roxy Vicky Jasmine Jade
  Scarlett Bianca Monica Vanessa Veronica Tiffany Britney Brittany Destiny Melanie Naomi Leah Zoe Chelsea
  Paige Kayla Alexis Taylor Madison Ava Harper Layla Nora Hazel Violet Penelope Aria Ellie Lucia Sofia
  Gabriella Adriana Carmen Mercy Precious Blessing Favour Honey
  Aaron Adam Alan Albert Alex Alexander Andrew Anthony Arthur Ben Benjamin Bill Brian Bruce Carl
  Charles Chris Christian Christopher Daniel David Dennis Donald Douglas Edward Eric Ethan Frank
  Gary George Gerald Gregory Harry Henry Jack Jacob James Jason Jeffrey Jeremy Jerry Joe John
  Jonathan Joseph Joshua Justin Keith Kenneth Kevin Larry Lawrence Liam Louis Luke Mark Martin
  Matthew Michael Mike Nathan Neil Nicholas Noah Oliver Patrick Paul Peter Philip Raymond Richard
  Robert Roger Ronald Russell Ryan Samuel Scott Sean Simon Stephen Steven Thomas Timothy Tom Tony
  Walter William Tim Dave Steve Jim Bob Nick Sam Joe Dan Matt Rob Greg Jeff Pete Ted Ken Ron
`);
